package io.cnmm.evaluation;

import java.util.List;

/**
 * Everything one evaluation derived: levels at every scope, gaps, ranked advice and the trace
 * that justifies them, with the model version and ruleset digest that produced it.
 *
 * @param overall the overall level, or {@code null} when no part could be assessed
 */
public record EvaluationResult(String modelVersion, String rulesetDigest, AggregateResult overall,
                               List<AggregateResult> parts, List<AggregateResult> characteristics,
                               List<AggregateResult> domains,
                               List<IndicatorResult> indicators, List<RankedAdvice> advice, List<TraceEntry> trace) {
}
