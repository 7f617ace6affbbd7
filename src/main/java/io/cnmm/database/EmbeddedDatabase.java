package io.cnmm.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * An embedded PostgreSQL (real binaries from Maven Central) for the default, zero-setup start.
 *
 * <p>It runs on a free port with its data in {@code CNMM_DATA_DIR} (default {@code data/postgres}),
 * so assessments survive a restart. Configuring {@code QUARKUS_DATASOURCE_JDBC_URL} (or the
 * {@code quarkus.datasource.jdbc.url} system property) switches it off: production uses its own
 * PostgreSQL. The server is started before Quarkus so the datasource is configured the standard way.
 */
public final class EmbeddedDatabase {

    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private EmbeddedDatabase() {
    }

    public static void startUnlessConfigured() {
        if (System.getProperty(URL_PROPERTY) != null || System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null) {
            return; // an external PostgreSQL, or an embedded one this JVM already started (dev-mode restart)
        }
        Path dataDirectory = Path.of(System.getenv().getOrDefault("CNMM_DATA_DIR", "data/postgres")).toAbsolutePath();
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // PostgreSQL's own log goes beside its data, not into the service's console.
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile(dataDirectory)))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile(dataDirectory)))
                    .start();
            System.setProperty(URL_PROPERTY, postgres.getJdbcUrl("postgres", "postgres"));
            System.setProperty("quarkus.datasource.username", "postgres");
            System.setProperty("quarkus.datasource.password", "");
            LOG.infof("Embedded PostgreSQL on port %d, data in %s", postgres.getPort(), dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory
                    + "; set QUARKUS_DATASOURCE_JDBC_URL to use an external one", e);
        }
    }

    private static java.io.File logFile(Path dataDirectory) throws IOException {
        java.nio.file.Files.createDirectories(dataDirectory.getParent());
        return dataDirectory.resolveSibling("postgres.log").toFile();
    }
}
