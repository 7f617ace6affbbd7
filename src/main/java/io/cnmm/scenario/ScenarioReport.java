package io.cnmm.scenario;

import java.util.List;

/**
 * The outcome of running a workspace's scenarios: the one report the build, the command line and
 * the API give, as JSON or as text ({@link ScenarioReportText}). It names the model version and the
 * ruleset digest it was run against, so a report always says exactly what it tested.
 *
 * @param scenarios every scenario run, in file order
 */
public record ScenarioReport(String modelVersion, String rulesetDigest, int passed, int failed,
                             List<ScenarioOutcome> scenarios) {

    public ScenarioReport {
        scenarios = List.copyOf(scenarios);
    }

    static ScenarioReport of(String modelVersion, String rulesetDigest, List<ScenarioOutcome> scenarios) {
        int passed = (int) scenarios.stream().filter(ScenarioOutcome::passed).count();
        return new ScenarioReport(modelVersion, rulesetDigest, passed, scenarios.size() - passed, scenarios);
    }

    public boolean allPassed() {
        return failed == 0;
    }

    public List<ScenarioOutcome> failures() {
        return scenarios.stream().filter(s -> !s.passed()).toList();
    }
}
