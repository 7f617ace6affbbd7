package io.cnmm.scenario;

import io.cnmm.evaluation.EvaluationResult;
import io.cnmm.evaluation.Evaluator;
import io.cnmm.evaluation.FactParser;
import io.cnmm.evaluation.IndicatorResult;
import io.cnmm.evaluation.InvalidFactsException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Runs one scenario against an evaluator; {@link ScenarioSuite} runs a whole workspace through it. */
public final class ScenarioRunner {

    private final Evaluator evaluator;
    private final FactParser facts;

    public ScenarioRunner(Evaluator evaluator) {
        this.evaluator = evaluator;
        this.facts = new FactParser(evaluator.model());
    }

    public ScenarioOutcome run(Scenario scenario) {
        return run(scenario, System.nanoTime() + evaluator.limits().deadline().toNanos());
    }

    /**
     * @param deadlineNanos the {@link System#nanoTime()} the scenario must be done by
     * @throws io.cnmm.evaluation.EvaluationLimitException when its evaluation goes past a limit
     */
    public ScenarioOutcome run(Scenario scenario, long deadlineNanos) {
        EvaluationResult result;
        try {
            result = evaluator.evaluate(facts.parse(scenario.given()), deadlineNanos);
        } catch (InvalidFactsException e) {
            return ScenarioOutcome.invalid(scenario, e.errors());
        }
        Map<String, Integer> levels = levels(result);
        List<LevelCheck> checks = scenario.expect().entrySet().stream()
                .map(e -> LevelCheck.of(e.getKey(), e.getValue(), levels.get(e.getKey())))
                .toList();
        return checks.stream().allMatch(LevelCheck::met)
                ? ScenarioOutcome.passed(scenario) : ScenarioOutcome.failed(scenario, checks, result.trace());
    }

    /** Every level of a result by id; 0 for anything not assessed. */
    public static Map<String, Integer> levels(EvaluationResult result) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (IndicatorResult indicator : result.indicators()) {
            levels.put(indicator.id(), indicator.assessed() ? indicator.level() : 0);
        }
        Stream.of(result.characteristics(), result.domains(), result.parts()).flatMap(List::stream)
                .forEach(aggregate -> levels.put(aggregate.id(), orZero(aggregate.level())));
        levels.put("overall", result.overall() == null ? 0 : orZero(result.overall().level()));
        return levels;
    }

    private static int orZero(Integer level) {
        return level == null ? 0 : level;
    }
}
