package io.cnmm.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is stable and documented in docs/api.md, so clients can
 * branch on it; {@code detail} is for people; {@code errors} names each offending field and
 * {@code problems} each offending file and line.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemDetail(String type, String title, int status, String detail, String instance,
                            List<FieldError> errors, List<SourceProblem> problems) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://cnmm.io/problems/";

    static ProblemDetail of(String type, String title, int status, String detail, String instance) {
        return new ProblemDetail(TYPE_BASE + type, title, status, detail, instance, List.of(), List.of());
    }

    ProblemDetail withErrors(List<FieldError> fieldErrors) {
        return new ProblemDetail(type, title, status, detail, instance, fieldErrors, problems);
    }

    ProblemDetail withProblems(List<SourceProblem> sourceProblems) {
        return new ProblemDetail(type, title, status, detail, instance, errors, sourceProblems);
    }
}
