package io.cnmm.model;

import io.cnmm.problem.SourceProblem;
import io.cnmm.problem.SourceProblemsException;
import java.util.List;

/** model-data is broken: every problem found, with its file and the path inside it. */
public class ModelDataException extends SourceProblemsException {

    public ModelDataException(List<SourceProblem> problems) {
        super("model-data", problems);
    }
}
