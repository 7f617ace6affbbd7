package io.cnmm.scenario;

import io.cnmm.evaluation.TraceEntry;
import io.cnmm.problem.FieldError;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How one scenario went, as the build, the command line and the API report it. A passing scenario
 * carries only its name; a failing one every expected level beside the actual one, or the reason
 * its given facts could not be evaluated, and the trace, so it can be understood without a debugger.
 *
 * @param file         the scenario file, relative to the rules folder
 * @param levels       every expected level with the actual one; empty when the scenario passed
 * @param invalidFacts given facts that do not fit the model's fact schema; nothing was evaluated
 * @param trace        every rule firing of a failed scenario, in order; empty when it passed
 */
public record ScenarioOutcome(String file, String name, boolean passed, List<LevelCheck> levels,
                              List<FieldError> invalidFacts, List<TraceEntry> trace) {

    public ScenarioOutcome {
        levels = List.copyOf(levels);
        invalidFacts = List.copyOf(invalidFacts);
        trace = List.copyOf(trace);
    }

    static ScenarioOutcome passed(Scenario scenario) {
        return new ScenarioOutcome(scenario.file(), scenario.name(), true, List.of(), List.of(), List.of());
    }

    static ScenarioOutcome failed(Scenario scenario, List<LevelCheck> levels, List<TraceEntry> trace) {
        return new ScenarioOutcome(scenario.file(), scenario.name(), false, levels, List.of(), trace);
    }

    static ScenarioOutcome invalid(Scenario scenario, List<FieldError> errors) {
        return new ScenarioOutcome(scenario.file(), scenario.name(), false, List.of(), errors, List.of());
    }

    /** {@code T/T-RM/T-RM-01.scenarios.yaml: a quarter containerised reaches level 2}. */
    public String displayName() {
        return file + ": " + name;
    }

    /** A one-line account of a failure: {@code T-RM-01 expected 3, was 2}; empty when it passed. */
    public String failure() {
        if (!invalidFacts.isEmpty()) {
            return "invalid given facts: " + FieldError.describe(invalidFacts);
        }
        return levels.stream().filter(l -> !l.met()).map(LevelCheck::describe).collect(Collectors.joining("; "));
    }
}
