package io.cnmm;

import io.cnmm.cli.Cli;
import io.cnmm.database.EmbeddedDatabase;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts CNMM Assess. Unless a datasource URL is configured, an embedded PostgreSQL is started
 * first, so one command gives a working service on a machine with nothing but a JDK.
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
        EmbeddedDatabase.startUnlessConfigured();
        Quarkus.run(args);
    }
}
