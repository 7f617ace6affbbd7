package io.cnmm.problem;

/** The service is busy with work of the same kind; the client should come back after {@link #retryAfterSeconds()}. */
public class BusyProblem extends RuntimeException {

    private final int retryAfterSeconds;

    public BusyProblem(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
