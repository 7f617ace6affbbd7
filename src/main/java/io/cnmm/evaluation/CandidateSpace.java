package io.cnmm.evaluation;

import io.cnmm.model.FactDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One indicator's criteria over the candidate values of its facts ({@link FactCandidates}). A fact
 * set is an array holding one candidate index per fact, and each requirement is a table saying
 * which candidates meet it, so the checks try thousands of fact sets in milliseconds.
 */
final class CandidateSpace {

    /** A requirement as a table: {@code meets[i]} when candidate {@code i} of fact {@code fact} meets it. */
    record Test(int fact, boolean[] meets, Requirement requirement) {
    }

    /** A criterion as tables: all of its tests must pass, or any one when the rule says {@code or}. */
    record Table(CriterionRule rule, List<Test> tests) {

        boolean holds(int[] values) {
            for (Test test : tests) {
                if (test.meets()[values[test.fact()]] == rule.anyOf()) {
                    return rule.anyOf();
                }
            }
            return !rule.anyOf();
        }

        int level() {
            return rule.level();
        }
    }

    private final CriterionModel model;
    private final List<FactDefinition> facts;
    private final List<List<Object>> candidates = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();

    CandidateSpace(CriterionModel model) {
        this.model = model;
        this.facts = model.indicator().facts();
        Map<String, List<Double>> thresholds = new HashMap<>();
        for (CriterionRule criterion : model.criteria()) {
            for (Requirement requirement : criterion.requirements()) {
                for (Condition condition : requirement.conditions()) {
                    if (condition.operand() instanceof Double threshold) {
                        thresholds.computeIfAbsent(requirement.fact(), key -> new ArrayList<>()).add(threshold);
                    }
                }
            }
        }
        facts.forEach(fact -> candidates.add(FactCandidates.of(fact, thresholds.getOrDefault(fact.key(), List.of()))));
        for (CriterionRule criterion : model.criteria()) {
            tables.add(new Table(criterion, criterion.requirements().stream().map(this::test).toList()));
        }
    }

    private Test test(Requirement requirement) {
        int fact = factIndex(requirement.fact());
        List<Object> values = candidates.get(fact);
        boolean[] meets = new boolean[values.size()];
        for (int i = 0; i < meets.length; i++) {
            meets[i] = requirement.test(values.get(i), facts.get(fact).options());
        }
        return new Test(fact, meets, requirement);
    }

    CriterionModel model() {
        return model;
    }

    List<FactDefinition> facts() {
        return facts;
    }

    List<Object> candidates(int fact) {
        return candidates.get(fact);
    }

    /** The criteria as tables, by level then line. */
    List<Table> tables() {
        return tables;
    }

    boolean isEmpty() {
        return candidates.stream().anyMatch(List::isEmpty);
    }

    int level(int[] values) {
        for (Table table : tables) {
            if (!table.holds(values)) {
                return table.level() - 1;
            }
        }
        return model.topLevel();
    }

    int factIndex(String key) {
        for (int i = 0; i < facts.size(); i++) {
            if (facts.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException(key + " is not a fact of " + model.indicator().id());
    }

    /** The fact values a set of indexes stands for, by key, as {@code Fact#value()} would hold them. */
    Map<String, Object> values(int[] indexes) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            values.put(facts.get(i).key(), candidates.get(i).get(indexes[i]));
        }
        return values;
    }

    /** {@code {containerized_pct: 50, base_image_catalog: true}}, as a scenario would give them. */
    String describe(int[] indexes) {
        return values(indexes).entrySet().stream().map(e -> e.getKey() + ": " + show(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    static String show(Object value) {
        return value instanceof Double number && !number.isInfinite() ? FactParser.format(number)
                : Objects.toString(FactParser.plain(value));
    }
}
