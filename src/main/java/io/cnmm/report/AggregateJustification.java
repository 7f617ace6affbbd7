package io.cnmm.report;

import io.cnmm.evaluation.AggregateResult;
import io.cnmm.evaluation.TraceEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why a domain, characteristic, part or the overall level is what it is: the levels it was
 * computed from, the arithmetic in words, and the rule in the trace that computed it.
 */
final class AggregateJustification {

    /** The key a level-stage rule's derived fact names its scope by, as the trace shows it. */
    private static final Map<String, String> DERIVED_KEY = Map.of("domain", "domainLevel",
            "characteristic", "characteristicLevel", "part", "partLevel", "overall", "overallLevel");

    private AggregateJustification() {
    }

    /** @param inputsAre what the inputs are, plural: {@code indicators}, {@code domains}, {@code parts} */
    static String of(AggregateResult aggregate, String inputsAre, List<TraceEntry> trace) {
        if (aggregate.level() == null) {
            return aggregate.inputs().isEmpty() ? "Not assessed: none of its " + inputsAre + " was assessed."
                    : "Not assessed: a level needs every one of its " + inputsAre + ", and "
                    + String.join(", ", aggregate.notAssessed()) + (aggregate.notAssessed().size() == 1 ? " is" : " are")
                    + " not assessed. Assessed: " + inputs(aggregate) + ".";
        }
        String inputs = inputs(aggregate);
        String how = switch (aggregate.aggregation()) {
            case "FLOOR_MEAN" -> "the mean of its " + aggregate.inputs().size() + " " + inputsAre + "' levels (" + inputs
                    + ") is " + mean(aggregate.inputs()) + ", rounded down";
            case "MIN" -> "the lowest of its " + inputsAre + "' levels (" + inputs + ")";
            default -> aggregate.aggregation() + " of its " + inputsAre + "' levels (" + inputs + ")";
        };
        String leftOut = aggregate.notAssessed().isEmpty() ? ""
                : " Not assessed, so left out: " + String.join(", ", aggregate.notAssessed()) + ".";
        String rule = ruleOf(aggregate, trace).map(entry -> " Rule: '" + entry.rule() + "' (trace step "
                + entry.sequence() + ").").orElse("");
        return "Level " + aggregate.level() + ": " + how + "." + leftOut + rule;
    }

    private static String inputs(AggregateResult aggregate) {
        return aggregate.inputs().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String mean(Map<String, Integer> inputs) {
        int sum = inputs.values().stream().mapToInt(Integer::intValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(inputs.size()), 2, RoundingMode.DOWN).toPlainString();
    }

    private static Optional<TraceEntry> ruleOf(AggregateResult aggregate, List<TraceEntry> trace) {
        String key = DERIVED_KEY.get(aggregate.scope());
        String id = "overall".equals(aggregate.scope()) ? "enterprise" : aggregate.id();
        return trace.stream().filter(entry -> entry.derived().stream().anyMatch(d -> id.equals(d.get(key)))).findFirst();
    }
}
