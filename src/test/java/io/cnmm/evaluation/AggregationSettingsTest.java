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
    // T-OM-06 recovery time in minutes: 1000 -> level 4.
    private static final Map<String, JsonNode> FACTS = Map.of(
            "deploys_per_year_median", DoubleNode.valueOf(365),
            "lead_time_median", DoubleNode.valueOf(200000),
            "fdrt_median_90d", DoubleNode.valueOf(1000));

    @TempDir
    Path root;

    @Test
    void floorMeanIsTheShippedDefault() {
        EvaluationResult result = evaluate(Workspace.copyOfShipped(root));
        assertEquals(3, level(result, "T-RD"));   // floor((5 + 2) / 2)
        assertEquals(3, level(result, "T"));      // floor((3 + 4) / 2)
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
        assertEquals(3, level(result, "T"));      // floor((2 + 4) / 2)
    }

    @Test
    void aMinPartTakesItsLowestDomain() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(workspace.modelData().resolve("model.yaml"),
                "aggregation: FLOOR_MEAN          # domain levels -> part level",
                "aggregation: MIN");
        // T-RD at 5 (deploys), T-OM at 2 (recovery in a month): FLOOR_MEAN would give 3.
        Map<String, JsonNode> facts = Map.of("deploys_per_year_median", DoubleNode.valueOf(365),
                "fdrt_median_90d", DoubleNode.valueOf(43200));
        Evaluator evaluator = workspace.evaluator();
        assertEquals(2, level(evaluator.evaluate(new FactParser(evaluator.model()).parse(facts)), "T"));
    }

    @Test
    void aFloorMeanOverallLevelAveragesTheParts() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(workspace.modelData().resolve("model.yaml"),
                "overall: {aggregation: MIN}", "overall: {aggregation: FLOOR_MEAN}");
        // T at 5 (T-RD-04 alone), S at 2 (S-IS-01 host hardening at level 2 from its scenario).
        Map<String, JsonNode> facts = new java.util.HashMap<>(io.cnmm.testsupport.ScenarioFacts.forLevel("S-IS-01", 2));
        facts.put("deploys_per_year_median", DoubleNode.valueOf(365));
        Evaluator evaluator = workspace.evaluator();
        EvaluationResult result = evaluator.evaluate(new FactParser(evaluator.model()).parse(facts));
        assertEquals(3, result.overall().level());   // floor((5 + 2) / 2); MIN would give 2
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
