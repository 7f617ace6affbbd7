package io.cnmm.scenario;

import io.cnmm.evaluation.TraceText;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario report for a terminal: one {@code FAIL} line per failed scenario with its trace
 * indented below it, then one summary line. Passing scenarios are counted, not listed.
 */
public final class ScenarioReportText {

    private ScenarioReportText() {
    }

    public static String render(ScenarioReport report) {
        List<String> lines = new ArrayList<>();
        report.failures().forEach(outcome -> lines.addAll(failure(outcome)));
        lines.add(summary(report));
        return String.join(System.lineSeparator(), lines);
    }

    /** {@code FAIL file: name: T-RM-01 expected 3, was 2}, then the trace; empty for a pass. */
    public static List<String> failure(ScenarioOutcome outcome) {
        if (outcome.passed()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("FAIL " + outcome.displayName() + ": " + outcome.failure());
        lines.addAll(TraceText.lines(outcome.trace(), "    "));
        return lines;
    }

    static String summary(ScenarioReport report) {
        String against = " (model " + report.modelVersion() + ", ruleset " + report.rulesetDigest() + ")";
        int total = report.passed() + report.failed();
        return report.allPassed()
                ? "OK: " + total + " scenarios passed" + against
                : "FAILED: " + report.failed() + " of " + total + " scenarios failed, " + report.passed() + " passed" + against;
    }
}
