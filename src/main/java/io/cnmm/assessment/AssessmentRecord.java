package io.cnmm.assessment;

import io.cnmm.evaluation.AggregateResult;
import io.cnmm.evaluation.EvaluationResult;
import io.cnmm.evaluation.IndicatorResult;
import io.cnmm.evaluation.RankedAdvice;
import io.cnmm.evaluation.TraceEntry;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An assessment as evidence: everything stored about it, rebuilt from its stored row. Its canonical JSON
 * is what the seal's digest covers and what the JSON export carries, so its shape is a published
 * format: a changed shape changes every digest. Change it only with a new {@link #FORMAT}, and
 * keep rebuilding old assessments in the old one (AssessmentRecordFormatTest pins it).
 *
 * @param createdAt ISO-8601 UTC, as {@link java.time.Instant#toString()} writes it
 */
public record AssessmentRecord(String format, UUID id, UUID enterpriseId, String createdAt, String modelVersion,
                               String rulesetDigest, String rulesetVersion, UUID reevaluationOf,
                               Map<String, Object> facts, AggregateResult overall, List<AggregateResult> parts,
                               List<AggregateResult> characteristics, List<AggregateResult> domains,
                               List<IndicatorResult> indicators, List<RankedAdvice> advice, List<TraceEntry> trace) {

    public static final String FORMAT = "cnmm-assessment/1";
    /** As {@link #FORMAT}, with each advice entry's {@code effect}: assessments stored since advice ranks by effect. */
    public static final String FORMAT_WITH_EFFECTS = "cnmm-assessment/2";

    static AssessmentRecord of(Assessment assessment) {
        EvaluationResult result = assessment.toResult();
        boolean effects = result.advice().stream().anyMatch(advice -> advice.effect() != null);
        return new AssessmentRecord(effects ? FORMAT_WITH_EFFECTS : FORMAT, assessment.id, assessment.enterpriseId, assessment.createdAt.toString(),
                result.modelVersion(), result.rulesetDigest(), assessment.rulesetVersion, assessment.reevaluationOf,
                assessment.facts, result.overall(), result.parts(), result.characteristics(), result.domains(),
                result.indicators(), result.advice(), result.trace());
    }
}
