package io.cnmm.problem;

import java.util.List;
import java.util.stream.Collectors;

/** One thing wrong in a request: which field, and why. */
public record FieldError(String field, String reason) {

    /** {@code facts.x must be a number; facts.y unknown fact key}: a list of errors as one sentence. */
    public static String describe(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + " " + e.reason()).collect(Collectors.joining("; "));
    }
}
