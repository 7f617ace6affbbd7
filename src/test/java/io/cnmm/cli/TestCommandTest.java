package io.cnmm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cnmm.scenario.ScenarioLoader;
import io.cnmm.testsupport.CommandRun;
import io.cnmm.testsupport.ShippedModel;
import io.cnmm.testsupport.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cnmm test}: the scenarios, failures with expected and actual levels and the trace. */
class TestCommandTest {

    private static final String FILE = "T/T-RM/T-RM-01.scenarios.yaml";
    private static final String NAME = "a quarter containerised reaches level 2";

    /** How many scenarios the file holds; one of them is made to fail. */
    private static final long IN_FILE = new ScenarioLoader(ShippedModel.RULES, ShippedModel.MODEL_DATA).load().stream()
            .filter(s -> s.file().equals(FILE)).count();

    @TempDir
    Path root;

    /** A copy of the shipped folders where one scenario expects level 3 of facts that reach level 2. */
    private Workspace withAWrongExpectation() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(workspace.rules().resolve(FILE),
                "containerized_pct: 25, base_image_catalog: false, base_image_auto_rebuild: false}\n    expect: {T-RM-01: 2}",
                "containerized_pct: 25, base_image_catalog: false, base_image_auto_rebuild: false}\n    expect: {T-RM-01: 3}");
        return workspace;
    }

    @Test
    void passesTheShippedScenariosItIsAskedFor() {
        CommandRun run = CommandRun.of("test", "--filter", "t-rm-01.scenarios");

        assertEquals(Cli.OK, run.exitCode(), run::out);
        assertThat(run.out()).startsWith("OK: " + IN_FILE + " scenarios passed (model ");
    }

    @Test
    void failsWithExpectedAndActualLevelsAndTheTrace() {
        CommandRun run = CommandRun.of(CommandRun.at(withAWrongExpectation(), "test", "--filter", "T-RM-01.scenarios"));

        assertEquals(Cli.PROBLEMS, run.exitCode());
        assertThat(run.out().lines().toList())
                .contains("FAIL " + FILE + ": " + NAME + ": T-RM-01 expected 3, was 2")
                .contains("    1. [criteria] T-RM-01 level 2: at least 25 % of applications run in containers  (T/T-RM/T-RM-01.drl)")
                .contains("         matched fact=containerized_pct value=25")
                .anyMatch(line -> line.startsWith("FAILED: 1 of " + IN_FILE + " scenarios failed, " + (IN_FILE - 1) + " passed (model "));
    }

    @Test
    void reportsTheSameAsJson() throws Exception {
        CommandRun run = CommandRun.of(CommandRun.at(withAWrongExpectation(), "test", "--json", "--filter", "T-RM-01.scenarios"));

        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(Cli.PROBLEMS, run.exitCode());
        assertEquals(IN_FILE - 1, report.get("passed").asLong());
        assertEquals(1, report.get("failed").asInt());
        JsonNode failure = report.get("scenarios").get(1);
        assertEquals(NAME, failure.get("name").asText());
        assertEquals(new ObjectMapper().readTree("""
                [{"id": "T-RM-01", "expected": 3, "actual": 2, "met": false}]"""), failure.get("levels"));
        assertEquals("T/T-RM/T-RM-01.drl", failure.get("trace").get(0).get("file").asText());
    }

    @Test
    void reportsInvalidGivenFactsByKey() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(workspace.rules().resolve(FILE), "containerized_pct: 24", "containerized_pct: 124");

        CommandRun run = CommandRun.of(CommandRun.at(workspace, "test", "--filter", "stay at level 1"));

        assertEquals(Cli.PROBLEMS, run.exitCode());
        assertThat(run.out()).contains("invalid given facts: facts.containerized_pct must be at most 100 %, was 124");
    }

    @Test
    void refusesAFilterThatMatchesNothingAsAUsageError() {
        CommandRun run = CommandRun.of("test", "--filter", "no such scenario");

        assertEquals(Cli.USAGE, run.exitCode());
        assertThat(run.err()).contains("No scenario's file or name contains \"no such scenario\"");
    }
}
