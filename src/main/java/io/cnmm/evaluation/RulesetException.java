package io.cnmm.evaluation;

import io.cnmm.problem.SourceProblem;
import java.util.List;
import java.util.stream.Collectors;

/** A ruleset that cannot be used: every problem, with its file and line where known. */
public class RulesetException extends RuntimeException {

    private final transient List<SourceProblem> problems;

    public RulesetException(List<SourceProblem> problems) {
        super("the ruleset is invalid:\n  " + problems.stream().map(SourceProblem::toString)
                .collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<SourceProblem> problems() {
        return problems;
    }
}
