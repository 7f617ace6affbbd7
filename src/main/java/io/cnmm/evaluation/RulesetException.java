package io.cnmm.evaluation;

import io.cnmm.problem.SourceProblem;
import io.cnmm.problem.SourceProblemsException;
import java.util.List;

/** A ruleset that cannot be used: every problem, with its file and line where known. */
public class RulesetException extends SourceProblemsException {

    public RulesetException(List<SourceProblem> problems) {
        super("the ruleset", problems);
    }
}
