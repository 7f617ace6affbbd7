package io.cnmm.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.jboss.logging.Logger;

/**
 * An embedded PostgreSQL (real binaries from Maven Central) for the default, zero-setup start.
 *
 * <p>It runs on a free port with its data in {@code CNMM_DATA_DIR} (default {@code data/postgres}),
 * so assessments survive a restart. Configuring {@code QUARKUS_DATASOURCE_JDBC_URL} (or the
 * {@code quarkus.datasource.jdbc.url} system property) switches it off: production uses its own
 * PostgreSQL. The server is started before Quarkus so the datasource is configured the standard way,
 * and stopped after Quarkus (see {@code CnmmApplication}), so requests in flight can finish.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    /**
     * The embedded library turns fsync and synchronous commits off for throwaway test databases; this one
     * keeps users' data between runs, so it runs with PostgreSQL's durable defaults: a 201 means stored.
     * ({@code -c fsync=on} comes after the library's {@code -F} on the command line, and the later wins.)
     */
    static final Map<String, String> DURABLE_SETTINGS = Map.of(
            "fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

    /**
     * How long PostgreSQL may take to accept connections: the library's 10 s is too short for crash
     * recovery on a loaded machine, and a start that gives up too early leaves a server running.
     */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    /** Held here because the logging system keeps only weak references to the levels set before it starts. */
    private static final List<java.util.logging.Logger> QUIETENED = new ArrayList<>();

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final DataDirectoryLock lock;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, DataDirectoryLock lock) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.lock = lock;
    }

    /** Starts the embedded database and points the datasource at it, unless one is configured. */
    public static Optional<EmbeddedDatabase> startUnlessConfigured() {
        if (System.getProperty(URL_PROPERTY) != null || System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null) {
            return Optional.empty(); // an external PostgreSQL, or an embedded one this JVM already started (dev-mode restart)
        }
        Path dataDirectory = Path.of(System.getenv().getOrDefault("CNMM_DATA_DIR", "data/postgres")).toAbsolutePath();
        EmbeddedDatabase database = start(dataDirectory);
        System.setProperty(URL_PROPERTY, database.jdbcUrl());
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "");
        return Optional.of(database);
    }

    /**
     * Starts PostgreSQL on {@code dataDirectory}, first stopping a server a killed process left running
     * on it; never one that another running instance owns ({@link DataDirectoryLock}). A failure is one
     * exception whose message is PostgreSQL's own reason.
     */
    public static EmbeddedDatabase start(Path dataDirectory) {
        return start(dataDirectory, STARTUP_WAIT);
    }

    static EmbeddedDatabase start(Path dataDirectory, Duration startupWait) {
        quietenLoggingBeforeQuarkus();
        Path log = dataDirectory.resolveSibling("postgres.log");
        long logSizeBefore = sizeOf(log);
        DataDirectoryLock lock = null;
        try {
            lock = DataDirectoryLock.acquire(dataDirectory);
            OrphanPostmaster.of(dataDirectory).ifPresent(OrphanPostmaster::stop);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(startupWait)
                    // PostgreSQL's own log goes beside its data, not into the service's console.
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()));
            DURABLE_SETTINGS.forEach(builder::setServerConfig);
            EmbeddedDatabase database = new EmbeddedDatabase(builder.start(), dataDirectory, lock);
            LOG.infof("Embedded PostgreSQL on port %d, data in %s", database.postgres.getPort(), dataDirectory);
            return database;
        } catch (IOException | RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw EmbeddedDatabaseException.failedStart(dataDirectory, log, logSizeBefore, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops PostgreSQL (a fast shutdown: what is committed stays committed). Idempotent. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warnf("Stopping the embedded PostgreSQL in %s failed: %s", dataDirectory, e.getMessage());
        } finally {
            lock.close();
        }
    }

    /**
     * Before Quarkus configures logging, every record down to TRACE is kept and, if the start fails, all
     * printed: thousands of lines from the embedded library's start-up wait. INFO is what the console shows.
     */
    private static void quietenLoggingBeforeQuarkus() {
        for (String category : List.of("io.zonky", "org.postgresql")) {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger(category);
            logger.setLevel(Level.INFO);
            QUIETENED.add(logger);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
