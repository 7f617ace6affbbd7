package io.cnmm.publishing;

import io.cnmm.problem.SourceProblem;
import io.cnmm.problem.SourceProblemsException;
import io.cnmm.scenario.ScenarioOutcome;
import java.util.List;

/** A bundle whose scenarios do not all pass: it is not published. */
public class ScenarioFailuresException extends SourceProblemsException {

    public ScenarioFailuresException(List<ScenarioOutcome> failed, int total) {
        super(failed.size() + " of " + total + " scenarios", failed.stream()
                .map(o -> SourceProblem.at(o.scenario().file(), null,
                        "scenario \"" + o.scenario().name() + "\" failed: " + o.failure()))
                .toList());
    }
}
