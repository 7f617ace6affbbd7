package io.cnmm.problem;

/** An Idempotency-Key that cannot be honoured: used for another request, or in use by one still running. */
public class IdempotencyProblem extends RuntimeException {

    private final String type;
    private final int status;

    private IdempotencyProblem(String type, int status, String message) {
        super(message);
        this.type = type;
        this.status = status;
    }

    /** The key's first request had another path or body: a client bug, never to be answered with the first answer. */
    public static IdempotencyProblem reused() {
        return new IdempotencyProblem("idempotency-key-reused", 422,
                "this Idempotency-Key was used for a request with another path or body; use a new key for a new request");
    }

    /** Another request with the same key is being processed: its answer will be given back once it is done. */
    public static IdempotencyProblem inProgress() {
        return new IdempotencyProblem("idempotency-key-in-use", 409,
                "a request with this Idempotency-Key is still being processed; send it again when that one has been answered");
    }

    public String type() {
        return type;
    }

    public int status() {
        return status;
    }
}
