package io.cnmm.scenario;

import io.cnmm.authoring.RulesWorkspace;
import io.cnmm.evaluation.EvaluationLimitException;
import io.cnmm.evaluation.Evaluator;
import java.util.List;
import java.util.Locale;

/**
 * Every scenario of a workspace, run against the evaluator compiled from that workspace: what
 * {@code ./mvnw verify}, {@code cnmm test} and the API run, so all three report alike.
 */
public final class ScenarioSuite {

    private final Evaluator evaluator;
    private final List<Scenario> scenarios;
    private final ScenarioRunner runner;

    public ScenarioSuite(Evaluator evaluator, List<Scenario> scenarios) {
        this.evaluator = evaluator;
        this.scenarios = List.copyOf(scenarios);
        this.runner = new ScenarioRunner(evaluator);
    }

    /**
     * The workspace's scenarios, checked against the model they test.
     *
     * @throws ScenarioFileException when a scenario file is broken
     */
    public static ScenarioSuite of(RulesWorkspace workspace, Evaluator evaluator) {
        return new ScenarioSuite(evaluator, workspace.scenarios(evaluator.model()));
    }

    public Evaluator evaluator() {
        return evaluator;
    }

    public List<Scenario> scenarios() {
        return scenarios;
    }

    /** The scenarios whose file or name contains {@code text}, ignoring case. */
    public ScenarioSuite matching(String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return new ScenarioSuite(evaluator, scenarios.stream()
                .filter(s -> s.displayName().toLowerCase(Locale.ROOT).contains(wanted)).toList());
    }

    public ScenarioOutcome run(Scenario scenario) {
        return runner.run(scenario);
    }

    /**
     * Every scenario, within the time a run may take ({@link io.cnmm.evaluation.EvaluationLimits}).
     *
     * @throws EvaluationLimitException when the run, or one evaluation in it, goes past a limit
     */
    public ScenarioReport run() {
        long deadline = System.nanoTime() + evaluator.limits().scenarioDeadline().toNanos();
        List<ScenarioOutcome> outcomes = new java.util.ArrayList<>();
        for (Scenario scenario : scenarios) {
            if (System.nanoTime() - deadline > 0) {
                throw new EvaluationLimitException("the scenario run was stopped at its deadline ("
                        + evaluator.limits().scenarioDeadline().toSeconds() + " s), after " + outcomes.size() + " of "
                        + scenarios.size() + " scenarios", null);
            }
            outcomes.add(runner.run(scenario, deadline));
        }
        return ScenarioReport.of(evaluator.model().version(), evaluator.ruleset().digest(), outcomes);
    }
}
