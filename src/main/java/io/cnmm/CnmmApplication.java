package io.cnmm;

import io.cnmm.database.EmbeddedDatabase;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts CNMM Assess. Unless a datasource URL is configured, an embedded PostgreSQL is started
 * first, so one command gives a working service on a machine with nothing but a JDK.
 */
@QuarkusMain
public final class CnmmApplication {

    private CnmmApplication() {
    }

    public static void main(String... args) {
        EmbeddedDatabase.startUnlessConfigured();
        Quarkus.run(args);
    }
}
