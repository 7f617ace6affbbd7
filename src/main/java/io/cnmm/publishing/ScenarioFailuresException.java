package io.cnmm.publishing;

import io.cnmm.problem.SourceProblem;
import io.cnmm.problem.SourceProblemsException;
import io.cnmm.scenario.ScenarioReport;

/** A bundle whose scenarios do not all pass: it is not published. The report says which and why. */
public class ScenarioFailuresException extends SourceProblemsException {

    private final transient ScenarioReport report;

    public ScenarioFailuresException(ScenarioReport report) {
        super(report.failed() + " of " + (report.passed() + report.failed()) + " scenarios", report.failures().stream()
                .map(o -> SourceProblem.at(o.file(), null, "scenario \"" + o.name() + "\" failed: " + o.failure()))
                .toList());
        this.report = report;
    }

    public ScenarioReport report() {
        return report;
    }
}
