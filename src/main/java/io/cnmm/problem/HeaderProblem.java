package io.cnmm.problem;

/** A request header that is present but not of its form: a 400 naming the header and what it accepts. */
public class HeaderProblem extends RuntimeException {

    private final FieldError error;

    public HeaderProblem(String header, String reason) {
        super("header " + header + " " + reason);
        this.error = new FieldError(header, reason);
    }

    public FieldError error() {
        return error;
    }
}
