package io.cnmm.http;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Closes the connection of a request whose body stops arriving: a client that sends half a body and
 * stalls would otherwise hold a connection (and what waits on it) until the 30-minute idle timeout.
 * Quarkus' own timeouts do not fit: the idle timeout also closes a connection whose request is still
 * being computed (a ruleset compile can take minutes under load), and the read timeout only bounds a
 * blocking read of the body stream. So each request still receiving its body is checked every
 * {@code cnmm.http.body-read-timeout}: one that received nothing since the last check has its connection
 * closed; a request whose body is complete is never touched, however long it then takes.
 */
@ApplicationScoped
public class StalledBodyGuard {

    private static final Logger LOG = Logger.getLogger(StalledBodyGuard.class);

    @Inject
    StalledBodyConfig config;
    @Inject
    Vertx vertx;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            watch(context);
            context.next();
        });
    }

    private void watch(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.isEnded()) {
            return; // no body, or all of it arrived already
        }
        long[] bytesAtLastCheck = {request.bytesRead()};
        long timer = vertx.setPeriodic(config.bodyReadTimeout().toMillis(), id -> {
            if (request.isEnded()) {
                vertx.cancelTimer(id);
            } else if (request.bytesRead() == bytesAtLastCheck[0]) {
                vertx.cancelTimer(id);
                close(request);
            } else {
                bytesAtLastCheck[0] = request.bytesRead();
            }
        });
        context.addEndHandler(ended -> vertx.cancelTimer(timer));
    }

    /**
     * Closes without an answer: the request is still with the code that reads its body, which answers
     * (to nobody) once the read fails, and an answer written here would make that a second one.
     */
    private static void close(HttpServerRequest request) {
        LOG.infof("Closed the connection of %s %s: its body stopped arriving after %d bytes",
                request.method(), request.path(), request.bytesRead());
        request.connection().close();
    }
}
