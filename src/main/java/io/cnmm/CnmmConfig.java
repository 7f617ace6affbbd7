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

    /** The example enterprise profiles in model-data/examples. */
    Examples examples();

    interface Examples {

        /** Create the example enterprises and their assessments when the database has no enterprise yet. */
        @WithDefault("false")
        boolean seed();
    }
}
