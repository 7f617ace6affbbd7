package io.cnmm.assessment;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One line of an enterprise's assessment history: when, the overall level and each part's level. */
public record AssessmentSummary(UUID id, Instant createdAt, Integer overallLevel, Map<String, Integer> partLevels,
                                String modelVersion, String rulesetDigest, String rulesetVersion, UUID reevaluationOf) {

    static AssessmentSummary of(Assessment assessment) {
        return new AssessmentSummary(assessment.id, assessment.createdAt, assessment.overallLevel,
                assessment.overall == null ? Map.of() : assessment.overall.inputs(),
                assessment.modelVersion, assessment.rulesetDigest, assessment.rulesetVersion, assessment.reevaluationOf);
    }
}
