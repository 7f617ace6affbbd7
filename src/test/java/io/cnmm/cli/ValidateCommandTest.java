package io.cnmm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cnmm.testsupport.CommandRun;
import io.cnmm.testsupport.ShippedModel;
import io.cnmm.testsupport.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cnmm validate}: one OK line, or every problem at its file and line. */
class ValidateCommandTest {

    @TempDir
    Path root;

    @Test
    void acceptsTheShippedFoldersWithOneOkLine() {
        CommandRun run = CommandRun.of("validate");

        assertEquals(Cli.OK, run.exitCode(), run::err);
        assertThat(run.out().lines().findFirst().orElseThrow()).matches("OK: \\d+ rules, "
                + ShippedModel.model().indicators().size() + " indicators, model " + ShippedModel.model().version()
                + ", ruleset sha256:[0-9a-f]{64}");
        assertThat(run.out().lines().skip(1)).allMatch(line -> line.startsWith("warning: "));
        assertEquals("", run.err());
    }

    @Test
    void reportsABrokenRuleAtItsFileAndLine() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(workspace.rules().resolve("T/T-RM/T-RM-01.drl"), "number >= 25", "numbr >= 25");

        CommandRun run = CommandRun.of(CommandRun.at(workspace, "validate"));

        assertEquals(Cli.PROBLEMS, run.exitCode());
        assertThat(run.out()).contains("T/T-RM/T-RM-01.drl:11").contains("numbr >= 25").doesNotContain("OK:");
    }

    @Test
    void reportsASyntaxErrorAloneWithoutTheLevelsTheFileNoLongerDefines() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(workspace.rules().resolve("T/T-RM/T-RM-01.drl"), "number >= 25)", "number >= 25");

        CommandRun run = CommandRun.of(CommandRun.at(workspace, "validate"));

        assertEquals(Cli.PROBLEMS, run.exitCode());
        assertThat(run.out()).contains("T/T-RM/T-RM-01.drl:12").contains("mismatched input 'then'")
                .contains("FAILED: 1 problem").doesNotContain("no criterion for level");
    }

    @Test
    void reportsAMisspeltEndAtItsOwnLineNotWhereDroolsStops() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(workspace.rules().resolve("T/T-RM/T-RM-01.drl"), "\nend\n", "\nned\n");

        CommandRun run = CommandRun.of(CommandRun.at(workspace, "validate"));

        assertEquals(Cli.PROBLEMS, run.exitCode());
        assertThat(run.out()).contains("T/T-RM/T-RM-01.drl:14: 'ned' is not 'end'; did you mean \"end\"?")
                .contains("FAILED: 1 problem");
    }

    @Test
    void reportsAMisspeltFactKeyAtTheLineOfTheTypoWithTheNearestKey() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(workspace.rules().resolve("T/T-RM/T-RM-01.drl"), "\"containerized_pct\", number >= 50",
                "\"containerised_pct\", number >= 50");

        CommandRun run = CommandRun.of(CommandRun.at(workspace, "validate"));

        assertEquals(Cli.PROBLEMS, run.exitCode());
        assertThat(run.out()).contains("T/T-RM/T-RM-01.drl:19: ").contains("fact \"containerised_pct\" is not declared")
                .contains("did you mean \"containerized_pct\"?");
    }

    @Test
    void namesFilesSoThatATerminalOpensThemFromWhereItRuns() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(workspace.rules().resolve("T/T-RM/T-RM-01.drl"), "number >= 25", "numbr >= 25");
        Path here = Path.of("").toAbsolutePath();
        String rules = here.relativize(workspace.rules()).toString();

        CommandRun run = CommandRun.of("validate", "--rules", rules, "--model-data", here.relativize(workspace.modelData()).toString());

        assertEquals(Cli.PROBLEMS, run.exitCode());
        assertThat(run.out()).startsWith(rules + "/T/T-RM/T-RM-01.drl:11");
        assertThat(here.resolve(rules + "/T/T-RM/T-RM-01.drl")).exists();
    }

    @Test
        void listsAdviceThatLeavesOutAThresholdAsAWarningAfterTheOkLine() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(workspace.modelData().resolve("T/T-RM/T-RM-07.yaml"), "Move at least 50 % of the stateful workloads"
                + " to dynamically provisioned volumes and schedule automatic snapshots.", "Schedule automatic snapshots.");

        CommandRun run = CommandRun.of(CommandRun.at(workspace, "validate"));

        assertEquals(Cli.OK, run.exitCode(), run::err);
        assertThat(run.out()).startsWith("OK: ").containsPattern("warning: \\S*model-data/T/T-RM/T-RM-07.yaml at /advice/3: the advice for level 3")
                .contains("T/T-RM/T-RM-07.yaml at /advice/3: the advice for level 3"
                + " does not name what level 3 needs of stateful_on_dynamic_pv_pct (>= 50)");
    }

    @Test
    void reportsABrokenScenarioFileAtItsLine() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(workspace.rules().resolve("T/T-RM/T-RM-01.scenarios.yaml"), "expect: {T-RM-01: 1}", "expect: {T-RM-01: 1");

        CommandRun run = CommandRun.of(CommandRun.at(workspace, "validate"));

        assertEquals(Cli.PROBLEMS, run.exitCode());
        assertThat(run.out()).contains("T/T-RM/T-RM-01.scenarios.yaml:").contains("not valid YAML");
    }

    @Test
    void refusesAFolderThatDoesNotExistAsAUsageError() {
        CommandRun run = CommandRun.of("validate", "--rules", root.resolve("nowhere").toString());

        assertEquals(Cli.USAGE, run.exitCode());
        assertThat(run.err()).contains("There is no folder").contains("nowhere").contains("Usage: cnmm validate");
    }
}
