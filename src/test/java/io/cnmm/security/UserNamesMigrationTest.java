package io.cnmm.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Upgrading a database whose user names differ only in case stops at V6 and names them, so an
 * operator knows what to rename (docs/operations.md). Runs the real migrations in a schema of its own.
 */
@QuarkusTest
class UserNamesMigrationTest {

    @Inject
    AgroalDataSource dataSource;

    private final String schema = "user_names_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("drop schema if exists " + schema + " cascade");
        }
    }

    @Test
    void namesThatDifferOnlyInCaseStopTheUpgradeAndAreNamed() throws SQLException {
        migrateTo("5");
        try (Connection connection = dataSource.getConnection()) {
            for (String name : new String[] {"Ada", "ada", "grace"}) {
                connection.createStatement().execute("insert into " + schema + ".app_user (username, password_hash, roles, "
                        + "created_at, created_by) values ('" + name + "', 'x', 'assessor', now(), 'test')");
            }
        }
        assertThatThrownBy(() -> migrateTo("6")).isInstanceOf(FlywayException.class)
                .hasMessageContaining("user names that differ only in case: Ada, ada.");
    }

    private void migrateTo(String version) {
        Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
                .locations("filesystem:src/main/resources/db/migration").target(version).load().migrate();
    }
}
