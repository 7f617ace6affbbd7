package io.cnmm.problem;

/** The request is well formed but conflicts with the current state: 409. */
public class ConflictProblem extends RuntimeException {

    public ConflictProblem(String message) {
        super(message);
    }
}
