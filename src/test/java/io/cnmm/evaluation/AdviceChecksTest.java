package io.cnmm.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cnmm.problem.SourceProblem;
import io.cnmm.testsupport.ShippedModel;
import io.cnmm.testsupport.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Advice for a step names every threshold the criteria of that step compare a number with, in zh and en. */
class AdviceChecksTest {

    private static final String SNAPSHOTS_EN = "Move at least 50 % of the stateful workloads to dynamically provisioned "
            + "volumes and schedule automatic snapshots.";
    private static final String SNAPSHOTS_ZH = "让至少 50% 的有状态工作负载使用动态供给的持久卷，并配置按计划自动创建的卷快照。";

    @TempDir
    Path root;

    @Test
    void warnsAboutAdviceThatLeavesOutAThresholdItsStepNeeds() {
        List<SourceProblem> warnings = warningsWithAdvice("\"" + SNAPSHOTS_EN + "\"", "Schedule automatic snapshots.");

        assertEquals(List.of(SourceProblem.at("T/T-RM/T-RM-07.yaml", "/advice/3", "the advice for level 3 does not name "
                + "what level 3 needs of stateful_on_dynamic_pv_pct (>= 50); say it in both languages (zh and en)")), warnings);
    }

    @Test
    void warnsWhenOnlyOneLanguageNamesTheThreshold() {
        List<SourceProblem> warnings = warningsWithAdvice(SNAPSHOTS_ZH, "配置按计划自动创建的卷快照。");

        assertThat(warnings).singleElement().satisfies(w -> assertEquals("/advice/3", w.path()));
    }

    @Test
    void acceptsAThresholdWrittenInALargerUnitOrInPlainWords() {
        // T-RM-07 level 4 and 5 ask for a restore within 90 and 30 days: "every 90 days" and "quarterly" both name it.
        List<SourceProblem> warnings = warningsWithAdvice("prove a restore at least every 90 days", "prove a restore quarterly");

        assertEquals(List.of(), warnings);
    }

    @Test
    void findsNothingToWarnAboutInAnIndicatorWhoseAdviceNamesEveryThreshold() {
        assertThat(ShippedModel.evaluator().ruleset().warnings()).noneMatch(w -> w.file().endsWith("T-RM-07.yaml")
                || w.file().endsWith("S-DS-05.yaml") || w.file().endsWith("A-D4.yaml"));
    }

    private List<SourceProblem> warningsWithAdvice(String from, String to) {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(workspace.modelData().resolve("T/T-RM/T-RM-07.yaml"), from, to);
        return AdviceChecks.check(workspace.model(), ShippedModel.evaluator().ruleset().criteria().values()).stream()
                .filter(w -> w.file().equals("T/T-RM/T-RM-07.yaml")).toList();
    }
}
