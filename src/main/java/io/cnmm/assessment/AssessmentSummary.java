package io.cnmm.assessment;

import io.cnmm.evaluation.Coverage;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One line of an enterprise's assessment history: when, the overall level and each part's level
 * with the coverage they rest on, the digest it was sealed with and the milestone name it was
 * given, if any.
 *
 * @param partLevels the assessed parts' levels (a part not assessed is left out)
 * @param coverage   the indicators assessed out of the model's, overall, per part and per domain
 */
public record AssessmentSummary(UUID id, Instant createdAt, Integer overallLevel, Map<String, Integer> partLevels,
                                Coverage coverage, String milestone, String digest, String modelVersion,
                                String rulesetDigest, String rulesetVersion, UUID reevaluationOf) {

    static AssessmentSummary of(Assessment assessment, Coverage coverage, String digest, String milestone) {
        return new AssessmentSummary(assessment.id, assessment.createdAt, assessment.overallLevel,
                assessment.overall == null ? Map.of() : assessment.overall.inputs(), coverage, milestone, digest,
                assessment.modelVersion, assessment.rulesetDigest, assessment.rulesetVersion, assessment.reevaluationOf);
    }
}
