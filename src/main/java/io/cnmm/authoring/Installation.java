package io.cnmm.authoring;

import io.cnmm.evaluation.EvaluationLimits;
import io.cnmm.evaluation.RuleSources;
import io.cnmm.evaluation.TrustedAggregation;
import io.cnmm.model.ModelSchemas;
import java.nio.file.Path;

/**
 * What rulesets are checked, compiled and run with that no ruleset may bring itself: the
 * aggregation rules it may use ({@link TrustedAggregation}), the JSON Schemas its model data and
 * scenarios are checked against ({@link ModelSchemas}), and what an evaluation may cost
 * ({@link EvaluationLimits}). On a server they are its installation's files and settings; on an
 * expert's machine, the folders being worked on.
 */
public record Installation(TrustedAggregation aggregation, ModelSchemas schemas, EvaluationLimits limits) {

    /** The aggregation rules and schemas of these folders, with the default limits. */
    public static Installation of(Path rules, Path modelData) {
        return new Installation(TrustedAggregation.of(RuleSources.read(rules)), ModelSchemas.read(modelData.resolve("schema")),
                EvaluationLimits.DEFAULT);
    }
}
