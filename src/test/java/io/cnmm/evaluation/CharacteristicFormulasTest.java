package io.cnmm.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.cnmm.testsupport.ScenarioFacts;
import io.cnmm.testsupport.ShippedModel;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Property: for any levels of the twenty process domains, each Business Application characteristic
 * equals CAICT's published formula, the floor of the mean of its members, and provisional process
 * domains never change a characteristic. The formulas are written out here from the standard's
 * text, independently of model-data, so a wrong membership there fails too.
 */
class CharacteristicFormulasTest {

    private static final Map<String, List<String>> FORMULAS = Map.of(
            "A-elasticity", List.of("A-I1", "A-D1", "A-D2", "A-D4", "A-G1", "A-G2", "A-G5", "A-G6", "A-G7", "A-G8"),
            "A-highAvailability", List.of("A-I1", "A-D1", "A-G1", "A-G2", "A-G3", "A-G5", "A-G7", "A-G8", "A-G9"),
            "A-selfHealing", List.of("A-I1", "A-G1", "A-G2", "A-G3", "A-G4", "A-G5", "A-G9"),
            "A-observability", List.of("A-I2", "A-G6", "A-G7", "A-G8"),
            // Not published; the CNMM Assess proposal from the domain brief.
            "A-automation", List.of("A-I1", "A-I2", "A-D1", "A-D2", "A-D3"));

    private static final List<String> PROCESS_DOMAINS = ShippedModel.model().indicators().values().stream()
            .filter(i -> i.part().equals("A")).map(i -> i.id()).toList();

    @RepeatedTest(200)
    void everyCharacteristicIsTheFloorOfTheMeanOfItsMembers(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        Map<String, Integer> drawn = new LinkedHashMap<>();
        Map<String, JsonNode> facts = new HashMap<>();
        for (String processDomain : PROCESS_DOMAINS) {
            int level = 1 + random.nextInt(5);
            drawn.put(processDomain, level);
            facts.putAll(ScenarioFacts.forLevel(processDomain, level));
        }
        Evaluator evaluator = ShippedModel.evaluator();
        EvaluationResult result = evaluator.evaluate(new FactParser(evaluator.model()).parse(facts));

        Map<String, Integer> characteristics = new HashMap<>();
        result.characteristics().forEach(c -> characteristics.put(c.id(), c.level()));
        FORMULAS.forEach((characteristic, members) -> {
            int sum = members.stream().mapToInt(drawn::get).sum();
            assertEquals(Math.floorDiv(sum, members.size()), characteristics.get(characteristic),
                    () -> characteristic + " from " + drawn);
        });
        int mean = Math.floorDiv(FORMULAS.keySet().stream().mapToInt(characteristics::get).sum(), FORMULAS.size());
        assertEquals(mean, result.parts().stream().filter(p -> p.id().equals("A")).findFirst().orElseThrow().level());
    }
}
