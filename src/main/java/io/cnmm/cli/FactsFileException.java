package io.cnmm.cli;

import io.cnmm.problem.SourceProblem;
import io.cnmm.problem.SourceProblemsException;
import java.util.List;

/** A facts file that is not JSON or YAML of the expected shape. */
class FactsFileException extends SourceProblemsException {

    FactsFileException(List<SourceProblem> problems) {
        super("the facts file", problems);
    }
}
