package io.cnmm.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import io.cnmm.evaluation.AggregateResult;
import io.cnmm.evaluation.Coverage;
import io.cnmm.evaluation.EvaluationResult;
import io.cnmm.evaluation.IndicatorResult;
import io.cnmm.evaluation.RankedAdvice;
import io.cnmm.evaluation.ReaderTrace;
import io.cnmm.evaluation.TraceEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A full assessment as the API shows it: facts, coverage, every level, gaps, ranked advice and the
 * trace as a reader is shown it ({@link ReaderTrace}; the export carries every firing as sealed).
 *
 * @param overall  always an object, not assessed when a part is not ({@link AggregateResult#overallOf})
 * @param coverage the indicators assessed out of the model's, overall, per part and per domain
 */
public record AssessmentView(UUID id, UUID enterpriseId, Instant createdAt, String modelVersion, String rulesetDigest,
                             String rulesetVersion, UUID reevaluationOf,
                             @Schema(description = "the facts as submitted", additionalProperties = JsonNode.class)
                             Map<String, Object> facts, Coverage coverage, AggregateResult overall, List<AggregateResult> parts,
                             List<AggregateResult> characteristics, List<AggregateResult> domains, List<IndicatorResult> indicators,
                             List<RankedAdvice> advice, List<TraceEntry> trace) {

    static AssessmentView of(Assessment assessment) {
        EvaluationResult result = assessment.toResult();
        return new AssessmentView(assessment.id, assessment.enterpriseId, assessment.createdAt, result.modelVersion(),
                result.rulesetDigest(), assessment.rulesetVersion, assessment.reevaluationOf, assessment.facts, Coverage.of(result.indicators()),
                AggregateResult.overallOf(result.overall(), result.parts()), result.parts(), result.characteristics(),
                result.domains(), result.indicators(), result.advice(), ReaderTrace.of(result.trace(), result.indicators()));
    }
}
