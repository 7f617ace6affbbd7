package io.cnmm;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** CNMM Assess settings, keys under {@code cnmm.}; each can also be set as an environment variable. */
@ConfigMapping(prefix = "cnmm")
public interface CnmmConfig {

    /** The rules folder: criteria and aggregation as DRL, scenarios beside them. Read at start. */
    Path rulesDir();

    /** The model-data folder: model.yaml, indicators, schemas and example profiles. Read at start. */
    Path modelDataDir();

    /** How published ruleset versions are followed. */
    Rules rules();

    /** The example enterprise profiles in model-data/examples. */
    Examples examples();

    interface Rules {

        /**
         * Development: the folders win. At start and whenever a file in them is saved, their content
         * is published and activated. Otherwise the active published version is used, and the
         * folders only seed an empty database.
         */
        @WithDefault("false")
        boolean followFolder();

        /** How often a replica checks which version is active, to follow activations made on another. */
        @WithDefault("5s")
        java.time.Duration pollInterval();

        /** How many compiled versions a replica keeps for activation, rollback and replay. */
        @WithDefault("3")
        int compiledCacheSize();
    }

    /** Benchmark support. */
    Benchmark benchmark();

    interface Benchmark {

        /** Serve the HTTP benchmark's floor: an endpoint that stores a submission's JSON without evaluating it. */
        @WithDefault("false")
        boolean bareStore();
    }

    interface Examples {

        /** Create the example enterprises and their assessments when the database has no enterprise yet. */
        @WithDefault("false")
        boolean seed();
    }
}
