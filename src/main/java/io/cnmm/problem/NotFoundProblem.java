package io.cnmm.problem;

/** A resource the request names does not exist (or the caller may not know it exists). */
public class NotFoundProblem extends RuntimeException {

    public NotFoundProblem(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
