package io.cnmm.assessment;

import io.cnmm.assessment.AssessmentComparison.CriterionChange;
import io.cnmm.assessment.AssessmentComparison.IndicatorChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Compares two stored assessments indicator by indicator, from their levels and their traces. */
final class AssessmentComparer {

    private AssessmentComparer() {
    }

    static AssessmentComparison compare(Assessment from, Assessment to) {
        Map<String, Integer> before = levels(from);
        Map<String, Integer> after = levels(to);
        Map<String, String> indicatorOfRule = new LinkedHashMap<>();
        from.trace.stream().filter(TraceRow::isCriterion).forEach(r -> indicatorOfRule.put(r.ruleName, r.indicatorId));
        to.trace.stream().filter(TraceRow::isCriterion).forEach(r -> indicatorOfRule.put(r.ruleName, r.indicatorId));
        Set<String> metBefore = from.metCriteria();
        Set<String> metAfter = to.metCriteria();
        Set<String> indicators = new TreeSet<>(before.keySet());
        indicators.addAll(after.keySet());
        List<IndicatorChange> changes = new ArrayList<>();
        for (String indicator : ordered(from, to, indicators)) {
            List<CriterionChange> criteria = new ArrayList<>();
            new TreeSet<>(indicatorOfRule.keySet()).stream()
                    .filter(rule -> indicator.equals(indicatorOfRule.get(rule)))
                    .filter(rule -> metBefore.contains(rule) != metAfter.contains(rule))
                    .forEach(rule -> criteria.add(new CriterionChange(rule, metBefore.contains(rule), metAfter.contains(rule))));
            Integer was = before.get(indicator);
            Integer is = after.get(indicator);
            changes.add(new IndicatorChange(indicator, was, is, !Objects.equals(was, is) || !criteria.isEmpty(), criteria));
        }
        return new AssessmentComparison(from.id, to.id, from.rulesetVersion, to.rulesetVersion, from.overallLevel,
                to.overallLevel, (int) changes.stream().filter(IndicatorChange::changed).count(), changes);
    }

    /** Indicator levels; {@code null} for an indicator that was not assessed. */
    private static Map<String, Integer> levels(Assessment assessment) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        assessment.indicators.forEach(row -> levels.put(row.indicatorId, row.assessed ? row.level : null));
        return levels;
    }

    /** The model's order (as stored) rather than alphabetical, so T comes before A and S as everywhere else. */
    private static List<String> ordered(Assessment from, Assessment to, Set<String> ids) {
        List<String> order = new ArrayList<>();
        to.indicators.forEach(row -> order.add(row.indicatorId));
        from.indicators.stream().map(row -> row.indicatorId).filter(id -> !order.contains(id)).forEach(order::add);
        return order.stream().filter(ids::contains).toList();
    }
}
