package io.cnmm.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cnmm.model.FactDefinition;
import io.cnmm.testsupport.ShippedModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The plain-Java criterion model, which the ruleset checks reason with, decides every shipped
 * indicator's level exactly as the Drools evaluation does, on random valid fact sets for the whole
 * model (each one is 97 indicator levels to compare): per indicator, either candidate values that
 * meet a random level's requirements (so that every level is reached) or any values in range.
 */
class CriterionModelTest {

    private static final int FACT_SETS = 200;

    private final Random random = new Random(20261125);

    @Test
    void decidesEveryIndicatorLevelAsDroolsDoes() {
        Evaluator evaluator = ShippedModel.evaluator();
        Map<String, CriterionModel> models = LevelChecks.models(evaluator.model(), evaluator.ruleset().criteria().values());
        assertEquals(evaluator.model().indicators().keySet(), models.keySet(), "every shipped indicator is decidable in Java");
        List<CandidateSpace> spaces = models.values().stream().map(CandidateSpace::new).toList();
        List<String> disagreements = new ArrayList<>();
        Set<Integer> levels = new TreeSet<>();
        for (int n = 0; n < FACT_SETS; n++) {
            Map<String, Object> values = new HashMap<>();
            spaces.forEach(space -> values.putAll(random.nextInt(3) == 0 ? anywhere(space) : atSomeLevel(space)));
            for (IndicatorResult drools : evaluator.evaluate(new FactParser(evaluator.model()).parse(json(values))).indicators()) {
                int java = models.get(drools.id()).level(values);
                levels.add(java);
                if (java != drools.level()) {
                    disagreements.add(drools.id() + ": Java " + java + ", Drools " + drools.level() + " for " + values);
                }
            }
        }
        assertEquals(List.of(), disagreements);
        assertEquals(Set.of(1, 2, 3, 4, 5), levels, "the fact sets reach every level");
    }

    /** Candidate values that meet a random level's unconditional requirements, as the checks try them. */
    private Map<String, Object> atSomeLevel(CandidateSpace space) {
        int[] step = new int[space.facts().size()];
        FactSets sets = new FactSets(space, new LevelReachability(space), 2 + random.nextInt(4), step);
        return space.values(sets.random(random));
    }

    /** Any allowed values, not only candidates: numbers drawn across and a little beyond the thresholds. */
    private Map<String, Object> anywhere(CandidateSpace space) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < space.facts().size(); i++) {
            FactDefinition fact = space.facts().get(i);
            List<Object> candidates = space.candidates(i);
            Object value = candidates.get(random.nextInt(candidates.size()));
            if (fact.type().isNumeric() && random.nextInt(8) > 0) { // else the candidate itself ("never" too)
                double low = (Double) candidates.get(0);
                double high = candidates.stream().mapToDouble(c -> (Double) c).filter(Double::isFinite).max().orElse(low);
                double number = low + random.nextDouble() * (high - low);
                // No more decimals than the fact's type accepts (FactParser refuses them)
                value = java.math.BigDecimal.valueOf(number).setScale(fact.type().decimals(), java.math.RoundingMode.HALF_UP)
                        .doubleValue();
            }
            values.put(fact.key(), value);
        }
        return values;
    }

    private static Map<String, JsonNode> json(Map<String, Object> values) {
        Map<String, JsonNode> json = new HashMap<>();
        values.forEach((key, value) -> json.put(key, value instanceof Double number && number.isInfinite()
                ? JsonNodeFactory.instance.textNode("never") // how an interval that never happens is submitted
                : value instanceof Double number ? JsonNodeFactory.instance.numberNode(number)
                : value instanceof Boolean flag ? JsonNodeFactory.instance.booleanNode(flag)
                : JsonNodeFactory.instance.textNode((String) value)));
        return json;
    }
}
