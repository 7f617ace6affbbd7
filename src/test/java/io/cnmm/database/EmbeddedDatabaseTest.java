package io.cnmm.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL as the service starts it (not the tests' own PostgresResource). */
// The service's own embedded PostgreSQL, whichever database the other tests use: it runs in the
// embedded pass of .ci/run and would only repeat itself in the external one.
@DisabledIfSystemProperty(named = "test.jdbc-url", matches = ".+")
class EmbeddedDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void runsWithPostgresDurableDefaultsSoAnAcknowledgedWriteSurvivesAnOsCrash() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder.resolve("postgres"))) {
            assertThat(setting(database, "fsync")).isEqualTo("on");
            assertThat(setting(database, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(database, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void keepsItsDataBetweenStarts() throws Exception {
        Path dataDirectory = folder.resolve("postgres");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory)) {
            execute(database, "create table kept (id int); insert into kept values (42)");
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory)) {
            assertThat(query(database, "select id from kept")).isEqualTo("42");
        }
    }

    @Test
    void aFailedStartIsOneMessageWithPostgresOwnReason() throws Exception {
        Path dataDirectory = folder.resolve("postgres");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory)) {
            assertThat(database.dataDirectory()).isEqualTo(dataDirectory);
        }
        Files.writeString(dataDirectory.resolve("postgresql.conf"), "\nshared_buffers = 'lots'\n", StandardOpenOption.APPEND);

        // A short wait: the server has given up long before, and the library cannot tell.
        assertThatThrownBy(() -> EmbeddedDatabase.start(dataDirectory, Duration.ofSeconds(5)))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining(dataDirectory.toString())
                .hasMessageContaining("shared_buffers")
                .hasMessageNotContaining("Gave up waiting");
    }

    private static String setting(EmbeddedDatabase database, String name) throws Exception {
        return query(database, "show " + name);
    }

    private static String query(EmbeddedDatabase database, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static void execute(EmbeddedDatabase database, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
