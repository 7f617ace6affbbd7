package io.cnmm.assessment;

import io.cnmm.evaluation.Coverage;
import java.util.List;
import java.util.UUID;

/**
 * Two assessments side by side, typically the same facts under two ruleset versions: every
 * indicator's level in each, and the criteria whose outcome changed between them.
 *
 * @param fromCoverage the indicators assessed in the first out of its model's, beside its overall level
 */
public record AssessmentComparison(UUID from, UUID to, String fromVersion, String toVersion, Integer fromOverall,
                                   Integer toOverall, Coverage.Share fromCoverage, Coverage.Share toCoverage,
                                   int changedIndicators, List<IndicatorChange> indicators) {

    /**
     * @param criteria the criteria of this indicator met in one assessment and not in the other
     */
    public record IndicatorChange(String indicator, Integer fromLevel, Integer toLevel, boolean changed,
                                  List<CriterionChange> criteria) {
    }

    /** A criterion met in one assessment and not the other; {@code null} where the rule did not exist. */
    public record CriterionChange(String rule, boolean metBefore, boolean metAfter) {
    }
}
