package io.cnmm.evaluation;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;

/** Where the service reads what standards experts write; both are read from disk at start. */
@ConfigMapping(prefix = "cnmm")
public interface RulesConfig {

    /** The rules folder: criteria and aggregation as DRL, scenarios beside them. */
    Path rulesDir();

    /** The model-data folder: model.yaml, indicators, schemas and example profiles. */
    Path modelDataDir();
}
