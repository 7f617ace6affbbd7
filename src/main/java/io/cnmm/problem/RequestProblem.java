package io.cnmm.problem;

import java.util.List;

/** A well-formed request whose content is invalid; each offending field is named. */
public class RequestProblem extends RuntimeException {

    private final transient List<FieldError> errors;

    public RequestProblem(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
