package io.cnmm.cli;

import io.cnmm.evaluation.AggregateResult;
import io.cnmm.evaluation.Coverage;
import io.cnmm.evaluation.EvaluationResult;
import io.cnmm.evaluation.Gap;
import io.cnmm.evaluation.IndicatorResult;
import io.cnmm.evaluation.RankedAdvice;
import io.cnmm.evaluation.ReaderTrace;
import io.cnmm.evaluation.TraceText;
import io.cnmm.model.Characteristic;
import io.cnmm.model.Domain;
import io.cnmm.model.MaturityModel;
import io.cnmm.model.Part;
import io.cnmm.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An evaluation result for a terminal, top down: overall, parts, characteristics, domains, then
 * each indicator with the gaps to its next level, then the advice in the order to act on it.
 * Names are the model's English ones; ids are those the rules and the API use.
 */
final class EvaluationText {

    private final MaturityModel model;
    private final List<String> lines = new ArrayList<>();

    EvaluationText(MaturityModel model) {
        this.model = model;
    }

    String render(EvaluationResult result, boolean withTrace) {
        lines.clear();
        lines.add("Model " + result.modelVersion() + ", ruleset " + result.rulesetDigest());
        Coverage coverage = Coverage.of(result.indicators());
        lines.add((result.overall() == null ? "Overall: not assessed" : "Overall: " + aggregate(result.overall()))
                + "; " + coverage.overall().words());
        section("Parts", result.parts(), coverage, id -> model.parts().stream().filter(p -> p.id().equals(id)).findFirst().map(Part::name));
        section("Characteristics", result.characteristics(), coverage, id -> model.parts().stream()
                .flatMap(p -> p.characteristics().stream()).filter(c -> c.id().equals(id)).findFirst().map(Characteristic::name));
        section("Domains", result.domains(), coverage, id -> model.domain(id).map(Domain::name));
        lines.add("");
        lines.add("Indicators");
        result.indicators().forEach(this::indicator);
        lines.add("");
        lines.add("Advice, most urgent first");
        result.advice().forEach(this::advice);
        if (withTrace) {
            lines.add("");
            lines.add("Trace");
            lines.addAll(TraceText.lines(ReaderTrace.of(result.trace(), result.indicators()), "  "));
        }
        return String.join(System.lineSeparator(), lines);
    }

    private void section(String title, List<AggregateResult> results, Coverage coverage,
                         Function<String, Optional<Text>> name) {
        if (results.isEmpty()) {
            return;
        }
        lines.add("");
        lines.add(title);
        results.forEach(r -> lines.add("  " + r.id() + "  " + name.apply(r.id()).map(Text::en).orElse("")
                + (r.provisional() ? " (provisional)" : "") + ": " + aggregate(r) + "; " + coverage.of(r).words()));
    }

    /** {@code level 2 (FLOOR_MEAN of T-RM 2, T-OM 3; not assessed: T-AS)}. */
    private static String aggregate(AggregateResult result) {
        String inputs = result.inputs().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        String missing = result.notAssessed().isEmpty() ? "" : "; not assessed: " + String.join(", ", result.notAssessed());
        String level = result.level() == null ? "not assessed" : "level " + result.level();
        return level + (result.allAtTop() ? ", highest level throughout" : "")
                + " (" + result.aggregation() + " of " + (inputs.isEmpty() ? "nothing" : inputs) + missing + ")";
    }

    private void indicator(IndicatorResult result) {
        String name = model.indicator(result.id()).map(i -> i.name().en()).orElse("");
        String head = "  " + result.id() + "  " + name + (result.provisional() ? " (provisional)" : "") + ": ";
        if (!result.assessed()) {
            lines.add(head + "not assessed, missing " + String.join(", ", result.missingFacts()));
            return;
        }
        lines.add(head + "level " + result.level());
        result.gaps().forEach(this::gap);
    }

    private void gap(Gap gap) {
        lines.add("      unmet for level " + gap.level() + ": " + gap.criterion() + "  (" + gap.file() + ":" + gap.line() + ")"
                + (gap.anyOf() && gap.checks().size() > 1 ? ", any one of:" : ""));
        gap.checks().forEach(c -> lines.add("          " + c.fact() + " required " + c.required() + ", submitted "
                + (c.submitted() == null ? "nothing" : c.submitted() instanceof String text ? text // "never" has no unit
                : c.submitted() + unit(c.unit()))));
    }

    private void advice(RankedAdvice advice) {
        lines.add("  " + advice.rank() + ". " + advice.indicator() + " " + advice.fromLevel() + " -> " + advice.toLevel()
                + (advice.provisional() ? " (provisional)" : "") + ": " + advice.text().en());
        lines.add("       " + advice.reason());
    }

    private static String unit(String unit) {
        return unit == null ? "" : " " + unit;
    }
}
