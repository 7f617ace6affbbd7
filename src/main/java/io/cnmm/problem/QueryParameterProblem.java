package io.cnmm.problem;

/** A query parameter that is missing where it is required, or not of its form or range: 400, naming it. */
public class QueryParameterProblem extends RuntimeException {

    private final String parameter;
    private final String reason;

    QueryParameterProblem(String parameter, String reason) {
        super(parameter + " " + reason);
        this.parameter = parameter;
        this.reason = reason;
    }

    public FieldError error() {
        return new FieldError(parameter, reason);
    }
}
