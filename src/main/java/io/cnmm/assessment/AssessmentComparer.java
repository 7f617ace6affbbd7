package io.cnmm.assessment;

import io.cnmm.assessment.AssessmentComparison.CriterionChange;
import io.cnmm.assessment.AssessmentComparison.IndicatorChange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** Compares two stored assessments indicator by indicator, from their levels and their traces. */
final class AssessmentComparer {

    private AssessmentComparer() {
    }

    static AssessmentComparison compare(Assessment from, Assessment to) {
        Map<String, Integer> before = from.indicatorLevels();
        Map<String, Integer> after = to.indicatorLevels();
        Map<String, String> metBefore = from.metCriteria();
        Map<String, String> metAfter = to.metCriteria();
        Map<String, String> indicatorOfRule = new TreeMap<>(metBefore);
        indicatorOfRule.putAll(metAfter);
        // The model's order (as stored) rather than alphabetical, so T comes before A and S as everywhere else.
        Set<String> indicators = new LinkedHashSet<>(after.keySet());
        indicators.addAll(before.keySet());
        List<IndicatorChange> changes = new ArrayList<>();
        for (String indicator : indicators) {
            List<CriterionChange> criteria = new ArrayList<>();
            indicatorOfRule.keySet().stream()
                    .filter(rule -> indicator.equals(indicatorOfRule.get(rule)))
                    .filter(rule -> metBefore.containsKey(rule) != metAfter.containsKey(rule))
                    .forEach(rule -> criteria.add(new CriterionChange(rule, metBefore.containsKey(rule), metAfter.containsKey(rule))));
            Integer was = before.get(indicator);
            Integer is = after.get(indicator);
            changes.add(new IndicatorChange(indicator, was, is, !Objects.equals(was, is) || !criteria.isEmpty(), criteria));
        }
        return new AssessmentComparison(from.id, to.id, from.rulesetVersion, to.rulesetVersion, from.overallLevel,
                to.overallLevel, from.coverage().overall(), to.coverage().overall(), (int) changes.stream().filter(IndicatorChange::changed).count(), changes);
    }
}
