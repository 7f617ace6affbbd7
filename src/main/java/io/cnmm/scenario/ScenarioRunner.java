package io.cnmm.scenario;

import io.cnmm.evaluation.AggregateResult;
import io.cnmm.evaluation.EvaluationResult;
import io.cnmm.evaluation.Evaluator;
import io.cnmm.evaluation.FactParser;
import io.cnmm.evaluation.IndicatorResult;
import io.cnmm.evaluation.InvalidFactsException;
import io.cnmm.problem.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs scenarios against an evaluator; the build runs every shipped scenario through it. */
public final class ScenarioRunner {

    private final Evaluator evaluator;
    private final FactParser facts;

    public ScenarioRunner(Evaluator evaluator) {
        this.evaluator = evaluator;
        this.facts = new FactParser(evaluator.model());
    }

    public ScenarioOutcome run(Scenario scenario) {
        EvaluationResult result;
        try {
            result = evaluator.evaluate(facts.parse(scenario.given()));
        } catch (InvalidFactsException e) {
            return new ScenarioOutcome(scenario, Map.of(), "invalid given facts: " + FieldError.describe(e.errors()), List.of());
        }
        Map<String, Integer> levels = levels(result);
        Map<String, Integer> actual = new LinkedHashMap<>();
        scenario.expect().keySet().forEach(id -> actual.put(id, levels.get(id)));
        return new ScenarioOutcome(scenario, actual, null, result.trace());
    }

    /** Every level of a result by id; 0 for anything not assessed. */
    static Map<String, Integer> levels(EvaluationResult result) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (IndicatorResult indicator : result.indicators()) {
            levels.put(indicator.id(), indicator.assessed() ? indicator.level() : 0);
        }
        for (AggregateResult aggregate : result.characteristics()) {
            levels.put(aggregate.id(), orZero(aggregate.level()));
        }
        for (AggregateResult aggregate : result.domains()) {
            levels.put(aggregate.id(), orZero(aggregate.level()));
        }
        for (AggregateResult aggregate : result.parts()) {
            levels.put(aggregate.id(), orZero(aggregate.level()));
        }
        levels.put("overall", result.overall() == null ? 0 : result.overall().level());
        return levels;
    }

    private static int orZero(Integer level) {
        return level == null ? 0 : level;
    }
}
