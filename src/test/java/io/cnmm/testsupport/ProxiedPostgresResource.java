package io.cnmm.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tests' PostgreSQL ({@link PostgresResource}: embedded, or a throwaway database on the external
 * server) reached through a {@link TcpProxy}, so a test can take the database away and bring it back
 * without restarting the service. Use it with a test profile that disables the global resources.
 */
public class ProxiedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static final Pattern HOST_AND_PORT = Pattern.compile("^jdbc:postgresql://([^:/]+):(\\d+)(/.*)$");
    private static volatile TcpProxy proxy;

    private final PostgresResource database = new PostgresResource();

    /** The proxy of the running test application. */
    public static TcpProxy proxy() {
        if (proxy == null) {
            throw new IllegalStateException("no proxied database: the test profile must use ProxiedPostgresResource");
        }
        return proxy;
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(database.start());
        Matcher url = HOST_AND_PORT.matcher(config.get("quarkus.datasource.jdbc.url"));
        if (!url.matches()) {
            throw new IllegalStateException("cannot proxy " + config.get("quarkus.datasource.jdbc.url"));
        }
        proxy = TcpProxy.to(url.group(1), Integer.parseInt(url.group(2)));
        config.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + proxy.port() + url.group(3));
        return config;
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
            proxy = null;
        }
        database.stop();
    }
}
