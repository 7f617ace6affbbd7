package io.cnmm.publishing;

import io.cnmm.authoring.RulesWorkspace;
import io.cnmm.evaluation.Evaluator;
import io.cnmm.scenario.ScenarioReport;
import io.cnmm.scenario.ScenarioSuite;

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
            ScenarioReport report = ScenarioSuite.of(workspace, evaluator).run();
            if (!report.allPassed()) {
                throw new ScenarioFailuresException(report);
            }
            return new CheckedBundle(bundle, evaluator, report.passed() + " of " + report.passed() + " passed", compileMillis);
        }
    }

    /** Runs a bundle's scenarios against an evaluator already compiled from it, or compiles one. */
    static ScenarioReport runScenarios(RulesBundle bundle, Evaluator compiled) {
        try (RulesBundle.Unpacked unpacked = bundle.unpack()) {
            RulesWorkspace workspace = unpacked.workspace();
            Evaluator evaluator = compiled != null ? compiled : workspace.compile();
            return ScenarioSuite.of(workspace, evaluator).run();
        }
    }
}
