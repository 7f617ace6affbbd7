package io.cnmm.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL for the tests. By default an embedded one with a fresh data directory; with
 * {@code -Dtest.jdbc-url=jdbc:postgresql://host:port/db} a throwaway database created on that
 * external server (and dropped afterwards), which is how CI proves the production path.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private static final String EXTERNAL = "test.jdbc-url";

    private EmbeddedPostgres embedded;
    private String externalServer;
    private String database;

    @Override
    public Map<String, String> start() {
        String external = System.getProperty(EXTERNAL, "").strip();
        return external.isEmpty() ? startEmbedded() : createOn(external);
    }

    private Map<String, String> startEmbedded() {
        try {
            embedded = EmbeddedPostgres.builder().start();
            return datasource(embedded.getJdbcUrl("postgres", "postgres"), "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> createOn(String serverUrl) {
        externalServer = serverUrl;
        database = "cnmm_test_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100_000;
        execute("create database " + database);
        String url = serverUrl.replaceFirst("/[^/?]*(\\?.*)?$", "/" + database);
        return datasource(url, user());
    }

    private static Map<String, String> datasource(String url, String user) {
        return Map.of("quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", System.getProperty("test.db-password", ""),
                // The first start's administrator, whom the tests act as (Api.given()); the lowest bcrypt
                // cost, because the tests sign in thousands of times and test the mechanism, not its cost.
                "cnmm.security.admin-password", Api.ADMIN_PASSWORD,
                "cnmm.security.password-cost", "4");
    }

    @Override
    public void stop() {
        try {
            if (embedded != null) {
                embedded.close();
            }
            if (database != null) {
                execute("drop database if exists " + database + " with (force)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(externalServer, user(),
                System.getProperty("test.db-password", ""));
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + externalServer, e);
        }
    }

    private static String user() {
        return System.getProperty("test.db-user", "postgres");
    }
}
