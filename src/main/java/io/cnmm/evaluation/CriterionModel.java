package io.cnmm.evaluation;

import io.cnmm.model.FactDefinition;
import io.cnmm.model.Indicator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The criteria of one indicator as plain Java: which level a set of fact values reaches, decided
 * without Drools the way {@code aggregation/indicator-level.drl} decides it. Levels are cumulative:
 * level 1, plus every level from 2 up whose criteria all hold; within a criterion, {@code or}
 * alternatives mean any one suffices. The ruleset checks reason with it; a test keeps it in step
 * with the Drools evaluation.
 */
final class CriterionModel {

    private final Indicator indicator;
    private final List<CriterionRule> criteria;
    private final int topLevel;

    CriterionModel(Indicator indicator, List<CriterionRule> criteria, int topLevel) {
        this.indicator = indicator;
        this.criteria = criteria.stream()
                .sorted(Comparator.comparingInt(CriterionRule::level).thenComparingInt(CriterionRule::line)).toList();
        this.topLevel = topLevel;
    }

    Indicator indicator() {
        return indicator;
    }

    /** The criteria by level, then by line. */
    List<CriterionRule> criteria() {
        return criteria;
    }

    int topLevel() {
        return topLevel;
    }

    /** True when every requirement is a literal comparison that plain Java can decide. */
    boolean testable() {
        return criteria.stream().flatMap(c -> c.requirements().stream()).allMatch(Requirement::testable);
    }

    /** The level that the values (one per declared fact, as {@code Fact#value()} holds them) reach. */
    int level(Map<String, Object> values) {
        return level(criterion -> holds(criterion, values));
    }

    /** The level reached when exactly the criteria that {@code holds} accepts are met. */
    int level(Predicate<CriterionRule> holds) {
        for (CriterionRule criterion : criteria) {
            if (!holds.test(criterion)) {
                return criterion.level() - 1;
            }
        }
        return topLevel;
    }

    boolean holds(CriterionRule criterion, Map<String, Object> values) {
        Predicate<Requirement> met = r -> r.test(values.get(r.fact()), fact(r.fact()).options());
        return criterion.anyOf() ? criterion.requirements().stream().anyMatch(met)
                : criterion.requirements().stream().allMatch(met);
    }

    FactDefinition fact(String key) {
        return indicator.facts().stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(key + " is not a fact of " + indicator.id()));
    }
}
