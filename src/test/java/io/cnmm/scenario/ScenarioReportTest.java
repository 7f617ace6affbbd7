package io.cnmm.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import io.cnmm.testsupport.ShippedModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one scenario report: plain JSON for the API and the command line, and text for a terminal. */
class ScenarioReportTest {

    private static final String FILE = "T/T-RM/T-RM-01.scenarios.yaml";
    private static final Map<String, JsonNode> QUARTER = Map.of("containerized_pct", IntNode.valueOf(25),
            "base_image_catalog", BooleanNode.FALSE, "base_image_auto_rebuild", BooleanNode.FALSE);

    private final ScenarioReport report = new ScenarioSuite(ShippedModel.evaluator(), List.of(
            new Scenario(FILE, "a quarter reaches level 2", QUARTER, Map.of("T-RM-01", 2)),
            new Scenario(FILE, "a quarter is said to reach level 3", QUARTER, Map.of("T-RM-01", 3, "T-RM", 2)),
            new Scenario(FILE, "a percentage above 100", Map.of("containerized_pct", IntNode.valueOf(101)), Map.of("T-RM-01", 0))))
            .run();

    @Test
    void countsPassesAndFailuresAgainstTheRulesetItRan() {
        assertEquals(1, report.passed());
        assertEquals(2, report.failed());
        assertEquals(ShippedModel.evaluator().ruleset().digest(), report.rulesetDigest());
        assertEquals(ShippedModel.model().version(), report.modelVersion());
    }

    @Test
    void serialisesAsPlainJsonWithTheRecordFieldsOnly() {
        JsonNode json = new ObjectMapper().valueToTree(report);

        assertThat(names(json)).containsExactly("modelVersion", "rulesetDigest", "passed", "failed", "scenarios");
        JsonNode passed = json.get("scenarios").get(0);
        assertThat(names(passed)).containsExactly("file", "name", "passed", "levels", "invalidFacts", "trace");
        assertThat(passed.get("levels")).isEmpty();
        assertThat(passed.get("trace")).isEmpty();
        JsonNode failed = json.get("scenarios").get(1);
        assertThat(failed.get("levels")).extracting(JsonNode::toString).containsExactlyInAnyOrder(
                "{\"id\":\"T-RM-01\",\"expected\":3,\"actual\":2,\"met\":false}",
                "{\"id\":\"T-RM\",\"expected\":2,\"actual\":2,\"met\":true}");
        assertThat(names(failed.get("trace").get(0))).containsExactly(
                "sequence", "rule", "file", "stage", "indicator", "level", "matched", "derived");
        assertEquals("facts.containerized_pct", json.get("scenarios").get(2).get("invalidFacts").get(0).get("field").asText());
    }

    @Test
    void rendersOneLinePerFailureWithItsTraceIndentedThenASummary() {
        List<String> lines = ScenarioReportText.render(report).lines().toList();

        assertThat(lines).filteredOn(line -> !line.startsWith("    ")).containsExactly(
                "FAIL " + FILE + ": a quarter is said to reach level 3: T-RM-01 expected 3, was 2",
                "FAIL " + FILE + ": a percentage above 100: invalid given facts: "
                        + "facts.containerized_pct must be at most 100 %, was 101",
                "FAILED: 2 of 3 scenarios failed, 1 passed (model " + report.modelVersion()
                        + ", ruleset " + report.rulesetDigest() + ")");
        assertThat(lines).contains(
                "    1. [criteria] T-RM-01 level 2: at least 25 % of applications run in containers  (T/T-RM/T-RM-01.drl)");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
