package io.cnmm.model;

import io.cnmm.problem.SourceProblem;
import java.util.List;
import java.util.stream.Collectors;

/** model-data is broken: every problem found, with its file and the path inside it. */
public class ModelDataException extends RuntimeException {

    private final transient List<SourceProblem> problems;

    public ModelDataException(List<SourceProblem> problems) {
        super("model-data is invalid:\n  " + problems.stream().map(SourceProblem::toString)
                .collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<SourceProblem> problems() {
        return problems;
    }
}
