package io.cnmm.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cnmm.model.FactDefinition;
import io.cnmm.model.FactType;
import io.cnmm.scenario.ScenarioRunner;
import io.cnmm.testsupport.Examples;
import io.cnmm.testsupport.ShippedModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The benchmark's plain-Java floor must compute what the ruleset computes, or it is no floor. */
class FloorEvaluatorTest {

    private final Evaluator evaluator = ShippedModel.evaluator();
    private final FloorEvaluator floor = new FloorEvaluator(evaluator);
    private final FactParser parser = new FactParser(evaluator.model());
    private final Random random = new Random(7);

    @Test
    void givesTheLevelsDroolsGivesForTheExamplesAndVariantsOfThem() {
        int compared = 0;
        int assessedOverall = 0;
        for (String profile : Examples.PROFILES) {
            for (int variant = 0; variant < 40; variant++) {
                // Half the variants drop facts: a part and the overall level need every input assessed,
                // so those are mostly not assessed overall; the other half only change values.
                Map<String, JsonNode> given = variant == 0 ? Examples.facts(profile)
                        : vary(Examples.facts(profile), variant % 2 == 1);
                SubmittedFacts facts = parser.parse(given);
                Map<String, Integer> drools = ScenarioRunner.levels(evaluator.evaluate(facts));
                assertEquals(drools, floor.levelsById(FloorEvaluator.valuesOf(facts)), profile + " variant " + variant);
                compared++;
                assessedOverall += drools.get("overall") > 0 ? 1 : 0;
            }
        }
        assertEquals(120, compared);
        assertTrue(assessedOverall > 50, "many variants are assessed overall");
        assertTrue(assessedOverall < 100, "many are not");
    }

    /** Each fact kept, dropped (1 in 20, if {@code drop}) or replaced by another allowed value (1 in 4). */
    private Map<String, JsonNode> vary(Map<String, JsonNode> facts, boolean drop) {
        Map<String, JsonNode> varied = new LinkedHashMap<>();
        facts.forEach((key, value) -> {
            int dice = random.nextInt(20);
            if (dice == 0 && drop) {
                return;
            }
            varied.put(key, dice < 6 ? other(evaluator.model().facts().get(key)) : value);
        });
        return varied;
    }

    private JsonNode other(FactDefinition fact) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (fact.type() == FactType.FLAG) {
            return json.booleanNode(random.nextBoolean());
        }
        if (fact.type() == FactType.CHOICE) {
            return json.textNode(fact.options().get(random.nextInt(fact.options().size())));
        }
        double low = fact.min() == null ? 0 : fact.min();
        double high = fact.max() == null ? low + 1000 : fact.max();
        return json.numberNode(Math.round(low + random.nextDouble() * (high - low)));
    }
}
