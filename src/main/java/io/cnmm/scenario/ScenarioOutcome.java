package io.cnmm.scenario;

import io.cnmm.evaluation.TraceEntry;
import java.util.List;
import java.util.Map;

/**
 * How one scenario went: every expected level beside the actual one (0 = not assessed), or the
 * reason it could not run; the trace lets a failing scenario be understood without a debugger.
 */
public record ScenarioOutcome(Scenario scenario, Map<String, Integer> actual, String error, List<TraceEntry> trace) {

    public boolean passed() {
        return error == null && scenario.expect().equals(actual);
    }

    /** A one-line account of a failure: {@code T-RM-01 expected 3, was 2}. */
    public String failure() {
        if (error != null) {
            return error;
        }
        StringBuilder text = new StringBuilder();
        scenario.expect().forEach((id, expected) -> {
            Integer was = actual.get(id);
            if (!expected.equals(was)) {
                text.append(text.isEmpty() ? "" : "; ").append(id).append(" expected ").append(expected)
                        .append(", was ").append(was == null ? "unknown id" : was);
            }
        });
        return text.toString();
    }
}
