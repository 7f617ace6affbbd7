package io.cnmm.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import io.cnmm.testsupport.Workspace;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The aggregation method is chosen in model-data and carried out by rules: switching a domain to
 * MIN, or the overall level to FLOOR_MEAN, changes the result without any Java.
 */
class AggregationSettingsTest {

    // T-RD-04 deploys per year: 365 -> level 5; T-RD-05 lead time in minutes: 200000 -> level 2;
    // T-OM-06 recovery time in minutes: 1000 -> level 4; T-RM-01 and T-AS-01 at 4, so that every
    // domain of T is assessed, as a part level needs.
    private static final Map<String, JsonNode> FACTS = facts(Map.of(
            "deploys_per_year_median", DoubleNode.valueOf(365),
            "lead_time_median", DoubleNode.valueOf(200000),
            "fdrt_median_90d", DoubleNode.valueOf(1000)), "T-RM-01", 4, "T-AS-01", 4);

    @TempDir
    Path root;

    @Test
    void floorMeanIsTheShippedDefault() {
        EvaluationResult result = evaluate(Workspace.copyOfShipped(root));
        assertEquals(3, level(result, "T-RD"));   // floor((5 + 2) / 2)
        assertEquals(3, level(result, "T"));      // floor((4 + 4 + 3 + 4) / 4)
    }

    @Test
    void aMinDomainTakesItsLowestIndicator() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(workspace.modelData().resolve("model.yaml"),
                "      - id: T-RD\n        name: {zh: 研发测试域, en: R&D and testing}\n        aggregation: FLOOR_MEAN",
                "      - id: T-RD\n        name: {zh: 研发测试域, en: R&D and testing}\n        aggregation: MIN");
        EvaluationResult result = evaluate(workspace);
        assertEquals(2, level(result, "T-RD"));
        assertEquals("MIN", result.domains().stream().filter(d -> d.id().equals("T-RD")).findFirst().orElseThrow().aggregation());
        assertEquals(3, level(result, "T"));      // floor((4 + 4 + 2 + 4) / 4)
    }

    @Test
    void aMinPartTakesItsLowestDomain() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(workspace.modelData().resolve("model.yaml"),
                "aggregation: FLOOR_MEAN          # domain levels -> part level",
                "aggregation: MIN");
        // T-RD at 5 (deploys), T-OM at 2 (recovery in a month), T-RM and T-AS at 4: FLOOR_MEAN would give 3.
        Map<String, JsonNode> facts = facts(Map.of("deploys_per_year_median", DoubleNode.valueOf(365),
                "fdrt_median_90d", DoubleNode.valueOf(43200)), "T-RM-01", 4, "T-AS-01", 4);
        Evaluator evaluator = workspace.evaluator();
        assertEquals(2, level(evaluator.evaluate(new FactParser(evaluator.model()).parse(facts)), "T"));
    }

    @Test
    void aFloorMeanOverallLevelAveragesTheParts() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(workspace.modelData().resolve("model.yaml"),
                "overall: {aggregation: MIN}", "overall: {aggregation: FLOOR_MEAN}");
        // Every part assessed, as the overall level needs: T at 5 (one indicator at 5 per domain),
        // A at 3 (its fifteen named process domains at 3), S at 2 (one indicator at 2 per dimension).
        Map<String, JsonNode> facts = facts(Map.of("deploys_per_year_median", DoubleNode.valueOf(365)),
                "T-RM-01", 5, "T-OM-06", 5, "T-AS-01", 5, "S-IS-01", 2, "S-CI-01", 2, "S-CA-06", 2, "S-DS-01", 2, "S-SO-01", 2);
        java.util.stream.Stream.of("A-I1", "A-I2", "A-D1", "A-D2", "A-D3", "A-D4", "A-G1", "A-G2", "A-G3", "A-G4", "A-G5",
                "A-G6", "A-G7", "A-G8", "A-G9").forEach(id -> facts.putAll(io.cnmm.testsupport.ScenarioFacts.forLevel(id, 3)));
        Evaluator evaluator = workspace.evaluator();
        EvaluationResult result = evaluator.evaluate(new FactParser(evaluator.model()).parse(facts));
        assertEquals(Map.of("T", 5, "A", 3, "S", 2), result.overall().inputs());
        assertEquals(3, result.overall().level());   // floor((5 + 3 + 2) / 3); MIN would give 2
    }

    /** {@code given}, and the facts of each indicator that follows for the level after it, from its scenarios. */
    private static Map<String, JsonNode> facts(Map<String, JsonNode> given, Object... indicatorsAndLevels) {
        Map<String, JsonNode> facts = new java.util.HashMap<>(given);
        for (int i = 0; i < indicatorsAndLevels.length; i += 2) {
            facts.putAll(io.cnmm.testsupport.ScenarioFacts.forLevel((String) indicatorsAndLevels[i], (Integer) indicatorsAndLevels[i + 1]));
        }
        return facts;
    }

    private static EvaluationResult evaluate(Workspace workspace) {
        Evaluator evaluator = workspace.evaluator();
        return evaluator.evaluate(new FactParser(evaluator.model()).parse(FACTS));
    }

    private static int level(EvaluationResult result, String id) {
        return java.util.stream.Stream.concat(result.domains().stream(), result.parts().stream())
                .filter(a -> a.id().equals(id)).findFirst().orElseThrow().level();
    }
}
