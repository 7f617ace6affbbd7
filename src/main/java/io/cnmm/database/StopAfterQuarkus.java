package io.cnmm.database;

import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import java.util.function.BiConsumer;
import org.jboss.logging.Logger;
import sun.misc.Signal;

/**
 * Runs Quarkus so that the embedded database stops after it, never during its graceful shutdown.
 *
 * <p>The embedded library stops PostgreSQL from its own JVM shutdown hook, and the JVM runs all shutdown
 * hooks at once: on SIGTERM the database used to stop while Quarkus was still draining requests, so
 * requests in flight failed. Here SIGTERM and SIGINT ask Quarkus to exit instead of starting the JVM's
 * shutdown; Quarkus then takes readiness down, waits {@code quarkus.shutdown.delay}, stops taking
 * requests and drains those in flight for up to {@code quarkus.shutdown.timeout}; only then is the
 * database stopped and the JVM exits (the library's hook finds it stopped already).
 */
public final class StopAfterQuarkus {

    private static final Logger LOG = Logger.getLogger(StopAfterQuarkus.class);
    private static volatile boolean signalled;

    private StopAfterQuarkus() {
    }

    /**
     * Only for a process of its own: development mode and the test framework call {@code main} on a
     * thread of their own and restart Quarkus inside one JVM, where signals and the database are theirs.
     */
    public static boolean appliesTo(Thread thread) {
        return "main".equals(thread.getName());
    }

    public static void run(EmbeddedDatabase database, String... args) {
        for (String signal : new String[] {"TERM", "INT", "HUP"}) {
            Signal.handle(new Signal(signal), received -> {
                if (signalled) { // asked twice (a second Ctrl-C): stop now, the JVM's hooks stop the database
                    LOG.infof("SIG%s again: stopping without waiting for requests in flight", signal);
                    System.exit(130);
                }
                LOG.infof("SIG%s: stopping; the embedded PostgreSQL stops after the requests in flight", signal);
                signalled = true;
                Quarkus.asyncExit(0);
            });
        }
        BiConsumer<Integer, Throwable> exit = ApplicationLifecycleManager.getDefaultExitCodeHandler();
        Quarkus.run(null, (code, cause) -> {
            if (signalled) {
                database.close();
            }
            exit.accept(code, cause); // exits the JVM; the library's hook stops the database if still running
        }, args);
    }
}
