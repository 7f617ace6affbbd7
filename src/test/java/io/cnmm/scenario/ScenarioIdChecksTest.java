package io.cnmm.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnmm.authoring.RulesWorkspace;
import io.cnmm.problem.SourceProblem;
import io.cnmm.testsupport.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario naming a fact or a level id the model does not have is refused at its line and column. */
class ScenarioIdChecksTest {

    @TempDir
    Path root;

    @Test
    void refusesUnknownFactsAndIdsAtTheirPosition() {
        Workspace workspace = Workspace.copyOfShipped(root);
        Path file = workspace.rules().resolve("T/T-RM/T-RM-01.scenarios.yaml");
        workspace.edit(file, "{containerized_pct: 24,", "{containerised_pct: 24,");
        workspace.edit(file, "expect: {T-RM-01: 2}", "expect: {T-RM-99: 2}");
        RulesWorkspace rules = new RulesWorkspace(workspace.rules(), workspace.modelData(), "rules", "model-data");
        List<SourceProblem> problems = assertThrows(ScenarioFileException.class,
                () -> rules.scenarios(workspace.model())).problems();
        assertEquals(List.of(
                SourceProblem.atLine("rules/T/T-RM/T-RM-01.scenarios.yaml", 4, 13, "scenario \"a first few containers stay at "
                        + "level 1\": given names containerised_pct, which is not a fact declared in model-data"),
                SourceProblem.atLine("rules/T/T-RM/T-RM-01.scenarios.yaml", 8, 14, "scenario \"a quarter containerised "
                        + "reaches level 2\": expect names T-RM-99, which is not an indicator, domain, characteristic or "
                        + "part of the model, nor overall")), problems);
        // Without a model the loader reads the files as before; ids are checked where the model is at hand.
        assertTrue(new ScenarioLoader(workspace.rules(), workspace.modelData()).load().stream()
                .anyMatch(scenario -> scenario.expect().containsKey("T-RM-99")));
    }
}
