package io.cnmm;

import io.cnmm.cli.Cli;
import io.cnmm.database.EmbeddedDatabase;
import io.cnmm.database.EmbeddedDatabaseException;
import io.cnmm.database.StopAfterQuarkus;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Starts CNMM Assess. Unless a datasource URL is configured, an embedded PostgreSQL is started
 * first, so one command gives a working service on a machine with nothing but a JDK; it is stopped
 * after Quarkus has drained its requests.
 *
 * <p>When the first argument is a command of the experts' command line ({@code validate},
 * {@code test}, {@code evaluate}, {@code help}), that command runs instead, in plain Java: neither
 * Quarkus nor the database is started, and the process exits with the command's exit code.
 */
@QuarkusMain
public final class CnmmApplication {

    private CnmmApplication() {
    }

    public static void main(String... args) {
        if (Cli.handles(args)) {
            System.exit(Cli.run(args));
        }
        Optional<EmbeddedDatabase> database;
        try {
            database = EmbeddedDatabase.startUnlessConfigured();
        } catch (EmbeddedDatabaseException e) {
            // The message carries PostgreSQL's own reason; a stack trace would only bury it.
            Logger.getLogger(CnmmApplication.class).error(e.getMessage());
            System.exit(1);
            return;
        }
        // Development mode restarts Quarkus inside one JVM and must keep its database between restarts.
        if (database.isPresent() && LaunchMode.current() != LaunchMode.DEVELOPMENT
                && StopAfterQuarkus.appliesTo(Thread.currentThread())) {
            StopAfterQuarkus.run(database.get(), args);
        } else {
            Quarkus.run(args);
        }
    }
}
