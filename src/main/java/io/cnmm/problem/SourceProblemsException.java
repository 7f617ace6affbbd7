package io.cnmm.problem;

import java.util.List;
import java.util.stream.Collectors;

/** Files an expert wrote are broken: every problem found, each with its file and position. */
public abstract class SourceProblemsException extends RuntimeException {

    private final transient List<SourceProblem> problems;

    protected SourceProblemsException(String what, List<SourceProblem> problems) {
        super(what + " is invalid:\n  " + problems.stream().map(SourceProblem::toString)
                .collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<SourceProblem> problems() {
        return problems;
    }
}
