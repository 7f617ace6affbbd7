package io.cnmm.publishing;

import io.cnmm.authoring.RulesWorkspace;
import io.cnmm.evaluation.Evaluator;
import io.cnmm.scenario.Scenario;
import io.cnmm.scenario.ScenarioOutcome;
import io.cnmm.scenario.ScenarioRunner;
import java.util.List;

/**
 * Validates a bundle with the same code that validates an expert's folders, and compiles it.
 * Nothing here touches the database: a bundle that fails never gets near it.
 */
final class BundleCheck {

    private BundleCheck() {
    }

    /**
     * @param runScenarios whether every scenario must pass too (publishing), or validation is
     *                     enough (a version already published, compiled again)
     * @throws io.cnmm.problem.SourceProblemsException when a file is invalid
     * @throws ScenarioFailuresException               when a scenario fails
     */
    static CheckedBundle check(RulesBundle bundle, boolean runScenarios, String whyNoScenarios) {
        try (RulesBundle.Unpacked unpacked = bundle.unpack()) {
            RulesWorkspace workspace = unpacked.workspace();
            long started = System.nanoTime();
            Evaluator evaluator = workspace.compile();
            long compileMillis = (System.nanoTime() - started) / 1_000_000;
            if (!runScenarios) {
                return new CheckedBundle(bundle, evaluator, whyNoScenarios, compileMillis);
            }
            List<Scenario> scenarios = workspace.scenarios(evaluator.model());
            ScenarioRunner runner = new ScenarioRunner(evaluator);
            List<ScenarioOutcome> failed = scenarios.stream().map(runner::run).filter(o -> !o.passed()).toList();
            if (!failed.isEmpty()) {
                throw new ScenarioFailuresException(failed, scenarios.size());
            }
            return new CheckedBundle(bundle, evaluator, scenarios.size() + " of " + scenarios.size() + " passed", compileMillis);
        }
    }
}
