package io.cnmm.scenario;

import io.cnmm.problem.SourceProblem;
import io.cnmm.problem.SourceProblemsException;
import java.util.List;

/** Scenario files that cannot be read: every problem, with its file and position. */
public class ScenarioFileException extends SourceProblemsException {

    public ScenarioFileException(List<SourceProblem> problems) {
        super("the scenario files", problems);
    }
}
