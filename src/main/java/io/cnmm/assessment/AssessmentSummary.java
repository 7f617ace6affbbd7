package io.cnmm.assessment;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One line of an enterprise's assessment history: when, the overall level and each part's level,
 * the digest it was sealed with and the milestone name it was given, if any.
 */
public record AssessmentSummary(UUID id, Instant createdAt, Integer overallLevel, Map<String, Integer> partLevels,
                                String milestone, String digest, String modelVersion, String rulesetDigest,
                                String rulesetVersion, UUID reevaluationOf) {

    static AssessmentSummary of(Assessment assessment, String digest, String milestone) {
        return new AssessmentSummary(assessment.id, assessment.createdAt, assessment.overallLevel,
                assessment.overall == null ? Map.of() : assessment.overall.inputs(), milestone, digest,
                assessment.modelVersion, assessment.rulesetDigest, assessment.rulesetVersion, assessment.reevaluationOf);
    }
}
