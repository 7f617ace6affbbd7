package io.cnmm.evaluation;

import io.cnmm.problem.FieldError;
import java.util.List;

/** Submitted facts that do not fit the model's fact schema; nothing is evaluated or stored. */
public class InvalidFactsException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidFactsException(List<FieldError> errors) {
        super(errors.size() + " submitted fact(s) are invalid");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
