package io.cnmm.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cnmm.model.MaturityModel;
import io.cnmm.model.ModelLoader;
import io.cnmm.problem.SourceProblem;
import io.cnmm.testsupport.ShippedModel;
import io.cnmm.testsupport.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Criteria are checked as a whole before Drools compiles them: every level can be reached, and
 * improving a fact never lowers a level. Most cases inspect one edited rule file against the
 * shipped model; one per check goes through the compiler, as the service start does.
 */
class LevelChecksTest {

    private static MaturityModel model;

    @TempDir
    Path root;

    @BeforeAll
    static void loadModel() {
        model = new ModelLoader(ShippedModel.MODEL_DATA).load();
    }

    @Test
    void refusesALevelNoAllowedValueReachesThroughTheCompiler() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(workspace.rules().resolve("T/T-RM/T-RM-01.drl"), "number >= 95", "number >= 120");
        List<SourceProblem> problems = assertThrows(RulesetException.class,
                () -> workspace.compile(workspace.model())).problems();
        assertEquals(List.of(SourceProblem.atLine("T/T-RM/T-RM-01.drl", 43, null, "indicator T-RM-01 can never reach "
                + "level 5: no allowed values of containerized_pct meet \"number >= 120\" (percent, 0–100)")), problems);
    }

    @Test
    void refusesACriterionThatContradictsALowerLevel() {
        SourceProblem problem = single(levelProblems("T/T-RM/T-RM-01.drl", "number >= 80", "number <= 40"));
        assertEquals("T/T-RM/T-RM-01.drl", problem.file());
        assertEquals(35, problem.line());
        assertEquals("indicator T-RM-01 can never reach level 4: no allowed values of containerized_pct meet "
                + "\"number <= 40\" here and \"number >= 50\" of rule \"T-RM-01 level 3: at least 50 % of applications "
                + "run in containers\" (line 16) at once (percent, 0–100)", problem.message());
    }

    @Test
    void refusesAChoiceNoOptionCanMeet() {
        SourceProblem problem = single(levelProblems("T/T-RM/T-RM-02.drl",
                "choice == \"declarative_api\"", "atMost(\"scripted\")"));
        assertEquals(60, problem.line());
        assertThat(problem.message()).isEqualTo("indicator T-RM-02 can never reach level 5: no allowed values of "
                + "cluster_provisioning meet \"atMost(\"scripted\")\" here and \"atLeast(\"iac\")\" of rule \"T-RM-02 "
                + "level 3: clusters are provisioned from infrastructure as code or declarative APIs\" (line 25) at once "
                + "(choice of manual, scripted, iac, declarative_api)");
    }

    @Test
    void refusesACriterionThatAHigherValueStopsMeeting() {
        SourceProblem problem = single(levelProblems("T/T-RM/T-RM-01.drl", "number >= 95", "number <= 97"));
        assertEquals(43, problem.line());
        assertThat(problem.message()).startsWith("indicator T-RM-01 falls from level 5 to 4 when containerized_pct "
                + "improves from 97 to 99 (higher is better), because rule \"T-RM-01 level 5: at least 95 % of "
                + "applications run in containers\" then fails: {containerized_pct: 97, base_image_catalog: true, "
                + "base_image_auto_rebuild: true} is level 5, {containerized_pct: 99, base_image_catalog: true, "
                + "base_image_auto_rebuild: true} is level 4.");
    }

    @Test
    void refusesALowerIsBetterFactLeftUndeclaredThroughTheCompiler() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(workspace.modelData().resolve("T/T-OM/T-OM-08.yaml"), "    type: count\n    better: lower\n",
                "    type: count\n");
        List<SourceProblem> problems = assertThrows(RulesetException.class,
                () -> workspace.compile(workspace.model())).problems();
        SourceProblem problem = single(problems);
        assertEquals("T/T-OM/T-OM-08.drl", problem.file());
        assertEquals(43, problem.line());
        assertThat(problem.message()).contains("when days_since_dr_drill improves from 365 to 366 (higher is better), "
                + "because rule \"T-OM-08 level 3: disaster recovery was drilled within the last 365 days\" then fails");
    }

    @Test
    void acceptsTheShippedCriteria() {
        DrlInspector inspector = new DrlInspector(model);
        RuleSources.read(ShippedModel.RULES).forEach(source -> inspector.inspect(DrlText.of(source), TrustedAggregation.isAggregation(source)));
        assertEquals(List.of(), LevelChecks.check(model, inspector.criteria()));
    }

    /** The level problems of one shipped rule file with {@code from} replaced by {@code to}. */
    @Test
    void checksAnIntervalThatSaysNeverLikeAnyFactWhereLowerIsBetter() {
        // scan_interval_days once used 0 for "no regular scan" and was declared better: neither, so
        // no check could tell a rule that rewards scanning less often; now it is days or never.
        SourceProblem problem = single(levelProblems("S/S-CI/S-CI-01.drl",
                "Fact(key == \"scan_interval_days\", number <= 1)", "Fact(key == \"scan_interval_days\", number >= 2)"));
        assertThat(problem.message()).startsWith("indicator S-CI-01 falls from level 5 to 4 when scan_interval_days "
                + "improves from 2 to 1 (lower is better)");
    }

    private static List<SourceProblem> levelProblems(String file, String from, String to) {
        try {
            String drl = Files.readString(ShippedModel.RULES.resolve(file));
            assertThat(drl).contains(from);
            DrlInspector inspector = new DrlInspector(model);
            inspector.inspect(DrlText.of(RuleSource.ofText(file, drl.replace(from, to))), false);
            assertEquals(List.of(), inspector.problems());
            return LevelChecks.check(model, inspector.criteria());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static SourceProblem single(List<SourceProblem> problems) {
        assertEquals(1, problems.size(), () -> problems.toString());
        return problems.get(0);
    }
}
