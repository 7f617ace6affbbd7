package io.cnmm.evaluation;

import io.cnmm.model.Aggregation;
import io.cnmm.model.Characteristic;
import io.cnmm.model.Domain;
import io.cnmm.model.FactDefinition;
import io.cnmm.model.Indicator;
import io.cnmm.model.MaturityModel;
import io.cnmm.model.Part;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The benchmark's floor: the same criteria and roll-up as the ruleset, evaluated by plain Java
 * generated once from the parsed rules (each condition becomes a predicate, each scope an index
 * array), with no engine, no trace and no result objects. {@code FloorEvaluatorTest} checks that it
 * gives the levels Drools gives.
 */
public final class FloorEvaluator {

    private final String[] ids;
    private final IndicatorPlan[] indicators;
    private final Group[] domains;
    private final Group[] characteristics;
    private final Group[] parts;
    private final boolean[] partOnCharacteristics;
    private final Group overall;

    public FloorEvaluator(Evaluator evaluator) {
        MaturityModel model = evaluator.model();
        Map<String, Integer> indexOfIndicator = new LinkedHashMap<>();
        List<IndicatorPlan> indicatorPlans = new ArrayList<>();
        for (Indicator indicator : model.indicators().values()) {
            indexOfIndicator.put(indicator.id(), indicatorPlans.size());
            List<CriterionRule> criteria = evaluator.ruleset().criteria().values().stream()
                    .filter(c -> c.indicator().equals(indicator.id()))
                    .sorted(Comparator.comparingInt(CriterionRule::level)).toList();
            indicatorPlans.add(IndicatorPlan.of(indicator, criteria, model.topLevel()));
        }
        List<Group> domainGroups = new ArrayList<>();
        List<Group> characteristicGroups = new ArrayList<>();
        List<Group> partGroups = new ArrayList<>();
        for (Part part : model.parts()) {
            int firstDomain = domainGroups.size();
            for (Domain domain : part.domains()) {
                domainGroups.add(new Group(domain.id(), domain.aggregation(), false, model.indicatorsOf(domain.id()).stream()
                        .mapToInt(indexOfIndicator::get).toArray()));
            }
            int firstCharacteristic = characteristicGroups.size();
            for (Characteristic characteristic : part.characteristics()) {
                characteristicGroups.add(new Group(characteristic.id(), characteristic.aggregation(), true,
                        characteristic.members().stream().mapToInt(indexOfIndicator::get).toArray()));
            }
            int[] members = part.levelFromCharacteristics()
                    ? range(firstCharacteristic, characteristicGroups.size()) : range(firstDomain, domainGroups.size());
            partGroups.add(new Group(part.id(), part.aggregation(), true, members));
        }
        this.partOnCharacteristics = new boolean[partGroups.size()];
        for (int p = 0; p < partGroups.size(); p++) {
            partOnCharacteristics[p] = model.parts().get(p).levelFromCharacteristics();
        }
        this.indicators = indicatorPlans.toArray(IndicatorPlan[]::new);
        this.domains = domainGroups.toArray(Group[]::new);
        this.characteristics = characteristicGroups.toArray(Group[]::new);
        this.parts = partGroups.toArray(Group[]::new);
        this.overall = new Group("overall", model.overallAggregation(), true, range(0, partGroups.size()));
        List<String> all = new ArrayList<>(indexOfIndicator.keySet());
        domainGroups.forEach(g -> all.add(g.id));
        characteristicGroups.forEach(g -> all.add(g.id));
        partGroups.forEach(g -> all.add(g.id));
        all.add("overall");
        this.ids = all.toArray(String[]::new);
    }

    /** Every level, in {@link #ids()} order: indicators, domains, characteristics, parts, overall; 0 = not assessed. */
    public int[] evaluate(Map<String, Object> values) {
        int[] levels = new int[ids.length];
        int at = 0;
        for (IndicatorPlan indicator : indicators) {
            levels[at++] = indicator.level(values);
        }
        int indicatorLevels = 0; // indicators come first in the levels array
        int[] domainLevels = new int[domains.length];
        for (int d = 0; d < domains.length; d++) {
            domainLevels[d] = levels[at++] = domains[d].level(levels, indicatorLevels);
        }
        int[] characteristicLevels = new int[characteristics.length];
        for (int c = 0; c < characteristics.length; c++) {
            characteristicLevels[c] = levels[at++] = characteristics[c].level(levels, indicatorLevels);
        }
        int[] partLevels = new int[parts.length];
        for (int p = 0; p < parts.length; p++) {
            partLevels[p] = levels[at++] = parts[p].level(partOnCharacteristics[p] ? characteristicLevels : domainLevels, 0);
        }
        levels[at] = overall.level(partLevels, 0);
        return levels;
    }

    /** Fact values as the rules see them (numbers as Double), by key: the floor's input. */
    public static Map<String, Object> valuesOf(SubmittedFacts facts) {
        Map<String, Object> values = new java.util.HashMap<>();
        facts.facts().forEach(fact -> values.put(fact.getKey(), fact.value()));
        return values;
    }

    public List<String> ids() {
        return List.of(ids);
    }

    /** The levels by id, as {@code ScenarioRunner.levels} reports Drools' result. */
    public Map<String, Integer> levelsById(Map<String, Object> values) {
        int[] levels = evaluate(values);
        Map<String, Integer> byId = new LinkedHashMap<>();
        for (int i = 0; i < ids.length; i++) {
            byId.put(ids[i], levels[i]);
        }
        return byId;
    }

    private static int[] range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).toArray();
    }

    /** An indicator: its fact keys, and its criteria by level as predicates over the values. */
    private record IndicatorPlan(String[] facts, int[] levels, Predicate<Map<String, Object>>[] criteria, int top) {

        @SuppressWarnings("unchecked")
        static IndicatorPlan of(Indicator indicator, List<CriterionRule> criteria, int top) {
            Map<String, FactDefinition> facts = new LinkedHashMap<>();
            indicator.facts().forEach(f -> facts.put(f.key(), f));
            Predicate<Map<String, Object>>[] predicates = criteria.stream()
                    .map(c -> criterion(c, facts)).toArray(Predicate[]::new);
            return new IndicatorPlan(facts.keySet().toArray(String[]::new),
                    criteria.stream().mapToInt(CriterionRule::level).toArray(), predicates, top);
        }

        int level(Map<String, Object> values) {
            for (String fact : facts) {
                if (!values.containsKey(fact)) {
                    return 0;
                }
            }
            for (int i = 0; i < criteria.length; i++) {
                if (!criteria[i].test(values)) {
                    return levels[i] - 1;
                }
            }
            return top;
        }

        private static Predicate<Map<String, Object>> criterion(CriterionRule criterion, Map<String, FactDefinition> facts) {
            List<Predicate<Map<String, Object>>> requirements = criterion.requirements().stream()
                    .map(r -> requirement(r, facts.get(r.fact()).options())).toList();
            return criterion.anyOf() ? requirements.stream().reduce(v -> false, Predicate::or)
                    : requirements.stream().reduce(v -> true, Predicate::and);
        }

        private static Predicate<Map<String, Object>> requirement(Requirement requirement, List<String> options) {
            Predicate<Object> all = v -> true;
            for (Condition condition : requirement.conditions()) {
                all = all.and(value(condition, options));
            }
            Predicate<Object> test = all;
            String key = requirement.fact();
            return values -> test.test(values.get(key));
        }

        private static Predicate<Object> value(Condition c, List<String> options) {
            if ("number".equals(c.accessor())) {
                double t = (Double) c.operand();
                return switch (c.operator()) {
                    case ">=" -> v -> v instanceof Double d && d >= t;
                    case "<=" -> v -> v instanceof Double d && d <= t;
                    case ">" -> v -> v instanceof Double d && d > t;
                    case "<" -> v -> v instanceof Double d && d < t;
                    case "==" -> v -> v instanceof Double d && d == t;
                    default -> v -> v instanceof Double d && d != t;
                };
            }
            if ("flag".equals(c.accessor())) {
                return c.operand()::equals;
            }
            int rank = options.indexOf(c.operand());
            return switch (c.operator()) {
                case "atLeast" -> v -> rank >= 0 && options.indexOf(v) >= rank;
                case "atMost" -> v -> rank >= 0 && v instanceof String && options.indexOf(v) <= rank && options.indexOf(v) >= 0;
                case "==" -> c.operand()::equals;
                default -> v -> v instanceof String && !c.operand().equals(v);
            };
        }
    }

    /**
     * A domain, characteristic or part: the indices of its inputs and how it rolls them up.
     *
     * @param requireAll a characteristic is computed only when every member is assessed, a part only
     *                   when every domain or characteristic is, the overall level only when every part is
     */
    private record Group(String id, Aggregation aggregation, boolean requireAll, int[] members) {

        int level(int[] levels, int offset) {
            int sum = 0;
            int count = 0;
            int lowest = Integer.MAX_VALUE;
            for (int member : members) {
                int level = levels[offset + member];
                if (level > 0) {
                    sum += level;
                    count++;
                    lowest = Math.min(lowest, level);
                }
            }
            if (count == 0 || requireAll && count < members.length) {
                return 0;
            }
            return aggregation == Aggregation.MIN ? lowest : Math.floorDiv(sum, count);
        }
    }
}
