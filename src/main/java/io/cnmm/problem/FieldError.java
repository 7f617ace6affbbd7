package io.cnmm.problem;

/** One thing wrong in a request: which field, and why. */
public record FieldError(String field, String reason) {
}
