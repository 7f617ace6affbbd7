package io.cnmm.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import io.cnmm.authoring.RulesWorkspace;
import io.cnmm.scenario.ScenarioReport;
import io.cnmm.scenario.ScenarioReportText;
import io.cnmm.scenario.ScenarioSuite;
import io.cnmm.testsupport.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An expert adds an indicator with a data file, a DRL file and scenarios: no Java, no rebuild. */
class NewIndicatorWithoutJavaTest {

    @TempDir
    Path root;

    @Test
    void anIndicatorAddedAsDataRulesAndScenariosIsEvaluated() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.write(workspace.modelData().resolve("T/T-RM/T-RM-11.yaml"), """
                id: T-RM-11
                domain: T-RM
                name: {zh: GPU 资源调度, en: GPU scheduling}
                source: "test: an indicator written by an expert"
                facts:
                  - key: gpu_pools_shared_pct
                    type: percent
                    description: {zh: 共享 GPU 池比例, en: Share of GPU pools shared across teams}
                  - key: gpu_quota_enforced
                    type: flag
                    description: {zh: 是否强制 GPU 配额, en: GPU quotas are enforced}
                levels:
                  1: {zh: 一级, en: one}
                  2: {zh: 二级, en: two}
                  3: {zh: 三级, en: three}
                  4: {zh: 四级, en: four}
                  5: {zh: 五级, en: five}
                advice:
                  2: {zh: 共享, en: share}
                  3: {zh: 配额, en: enforce quotas}
                  4: {zh: 更多, en: share more}
                  5: {zh: 全部, en: share all}
                """);
        workspace.write(workspace.rules().resolve("T/T-RM/T-RM-11.drl"), """
                package rules.t.rm;
                import io.cnmm.vocabulary.*;
                rule "T-RM-11 level 2: a quarter of GPU pools are shared"
                    @indicator("T-RM-11") @level(2)
                when Fact(key == "gpu_pools_shared_pct", number >= 25) then insert(new CriterionMet(kcontext)); end
                rule "T-RM-11 level 3: GPU quotas are enforced"
                    @indicator("T-RM-11") @level(3)
                when Fact(key == "gpu_quota_enforced", flag == true) then insert(new CriterionMet(kcontext)); end
                rule "T-RM-11 level 4: most GPU pools are shared"
                    @indicator("T-RM-11") @level(4)
                when Fact(key == "gpu_pools_shared_pct", number >= 80) then insert(new CriterionMet(kcontext)); end
                rule "T-RM-11 level 5: nearly all GPU pools are shared"
                    @indicator("T-RM-11") @level(5)
                when Fact(key == "gpu_pools_shared_pct", number >= 95) then insert(new CriterionMet(kcontext)); end
                """);
        workspace.write(workspace.rules().resolve("T/T-RM/T-RM-11.scenarios.yaml"), """
                scenarios:
                  - name: most pools shared with quotas reach level 4
                    given: {gpu_pools_shared_pct: 85, gpu_quota_enforced: true}
                    expect: {T-RM-11: 4}
                  - name: without quotas level 3 is missed
                    given: {gpu_pools_shared_pct: 99, gpu_quota_enforced: false}
                    expect: {T-RM-11: 2, T-RM: 2}
                """);

        Evaluator evaluator = workspace.evaluator();
        EvaluationResult result = evaluator.evaluate(new FactParser(evaluator.model()).parse(
                Map.of("gpu_pools_shared_pct", IntNode.valueOf(85), "gpu_quota_enforced", BooleanNode.TRUE)));

        IndicatorResult added = result.indicators().stream().filter(i -> i.id().equals("T-RM-11")).findFirst().orElseThrow();
        assertEquals(4, added.level());
        assertEquals(List.of("T-RM-11 level 5: nearly all GPU pools are shared"),
                added.gaps().stream().map(Gap::criterion).toList());
        assertEquals(Map.of("T-RM-11", 4), result.domains().get(0).inputs());
        assertEquals("enforce quotas", evaluator.model().indicator("T-RM-11").orElseThrow().advice().get(3).en());

        ScenarioReport report = ScenarioSuite.of(new RulesWorkspace(workspace.rules(), workspace.modelData()), evaluator)
                .matching("T/T-RM/T-RM-11.scenarios.yaml").run();
        assertEquals(2, report.passed(), () -> ScenarioReportText.render(report));
        assertEquals(0, report.failed());
    }
}
