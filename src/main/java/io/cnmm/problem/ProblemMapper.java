package io.cnmm.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.cnmm.database.ConnectionFailures;
import io.cnmm.database.OutageConfig;
import io.cnmm.evaluation.InvalidFactsException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place exceptions become HTTP answers: every error is {@code application/problem+json}
 * with a stable type, a sentence for people, and no Java class names or stack traces.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @Inject
    OutageConfig outage;

    @ServerExceptionMapper
    public Response notFound(NotFoundProblem e, UriInfo uri) {
        return respond(ProblemDetail.of("not-found", "Not found", 404, e.getMessage(), path(uri)));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictProblem e, UriInfo uri) {
        return respond(ProblemDetail.of("conflict", "Conflict", 409, e.getMessage(), path(uri)));
    }

    /** No user, or a wrong password: the challenge tells clients to sign in with HTTP Basic. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        if (ConnectionFailures.isDatabaseUnavailable(e)) {
            return databaseUnavailable(e, uri); // the users are in the database: nobody could be signed in
        }
        String detail = e instanceof AuthenticationFailedException ? "wrong user name or password"
                : "sign in: HTTP Basic, or a bearer token where OpenID Connect is configured";
        return Response.fromResponse(respond(ProblemDetail.of("unauthenticated", "Unauthorized", 401, detail, path(uri))))
                .header("WWW-Authenticate", "Basic realm=\"CNMM Assess\", charset=\"UTF-8\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? "your roles do not allow this" : e.getMessage();
        return respond(ProblemDetail.of("forbidden", "Forbidden", 403, detail, path(uri)));
    }

    /** A body past the JSON limits (size, nesting, string or number length); the limit is in the message. */
    @ServerExceptionMapper
    public Response jsonLimit(StreamConstraintsException e, UriInfo uri) {
        return respond(ProblemDetail.of("json-limit", "JSON too large", 413, JsonLimits.describe(e), path(uri)));
    }

    @ServerExceptionMapper
    public Response invalidRequest(RequestProblem e, UriInfo uri) {
        return respond(ProblemDetail.of("invalid-request", "Invalid request", 422, e.getMessage(), path(uri))
                .withErrors(e.errors()));
    }

    /** A query parameter missing, malformed or out of range: the request is bad, not the resource missing. */
    @ServerExceptionMapper
    public Response invalidQueryParameter(QueryParameterProblem e, UriInfo uri) {
        return respond(ProblemDetail.of("invalid-query-parameter", "Invalid query parameter", 400, e.getMessage(), path(uri))
                .withErrors(java.util.List.of(e.error())));
    }

    @ServerExceptionMapper
    public Response invalidFacts(InvalidFactsException e, UriInfo uri) {
        return respond(ProblemDetail.of("invalid-facts", "Invalid facts", 422,
                e.getMessage() + ": " + FieldError.describe(e.errors()), path(uri)).withErrors(e.errors()));
    }

    @ServerExceptionMapper
    public Response failingScenarios(io.cnmm.publishing.ScenarioFailuresException e, UriInfo uri) {
        return respond(ProblemDetail.of("failing-scenarios", "Failing scenarios", 422,
                "the ruleset was not published: " + e.problems().size() + " scenarios fail", path(uri))
                .withProblems(e.problems()));
    }

    @ServerExceptionMapper
    public Response invalidRuleset(SourceProblemsException e, UriInfo uri) {
        return respond(ProblemDetail.of("invalid-ruleset", "Invalid ruleset", 422,
                "the ruleset was not published: " + e.problems().size() + " problems, each at its file and line",
                path(uri)).withProblems(e.problems()));
    }

    @ServerExceptionMapper
    public Response invalidHeader(HeaderProblem e, UriInfo uri) {
        return respond(ProblemDetail.of("invalid-header", "Invalid header", 400, e.getMessage(), path(uri))
                .withErrors(java.util.List.of(e.error())));
    }

    @ServerExceptionMapper
    public Response idempotency(IdempotencyProblem e, UriInfo uri) {
        String title = e.status() == 409 ? "Conflict" : "Idempotency-Key reused";
        return respond(ProblemDetail.of(e.type(), title, e.status(), e.getMessage(), path(uri)));
    }

    @ServerExceptionMapper
    public Response busy(BusyProblem e, UriInfo uri) {
        return Response.fromResponse(respond(ProblemDetail.of("busy", "Service Unavailable", 503, e.getMessage(), path(uri))))
                .header("Retry-After", e.retryAfterSeconds()).build();
    }

    /** A ruleset that would not settle, stopped by a firing cap or a deadline; the message names the rule. */
    @ServerExceptionMapper
    public Response evaluationLimit(io.cnmm.evaluation.EvaluationLimitException e, UriInfo uri) {
        return respond(ProblemDetail.of("evaluation-limit", "Evaluation stopped", 422, e.getMessage(), path(uri)));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        var errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field)).toList();
        return respond(ProblemDetail.of("invalid-request", "Invalid request", 422, FieldError.describe(errors), path(uri))
                .withErrors(errors));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        var where = e.getLocation();
        String detail = "the body is not valid JSON" + (where == null ? "" : " (line " + where.getLineNr()
                + ", column " + where.getColumnNr() + ")") + ": " + e.getOriginalMessage();
        return respond(ProblemDetail.of("malformed-json", "Malformed JSON", 400, detail, path(uri)));
    }

    @ServerExceptionMapper
    public Response wrongJsonShape(MismatchedInputException e, UriInfo uri) {
        String field = fieldPath(e);
        String detail = field.isEmpty() ? "the body is not a JSON object of the expected shape"
                : "field " + field + " " + (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException
                ? "is not a known field" : "has the wrong type");
        return respond(ProblemDetail.of("invalid-json", "Unexpected JSON", 400, detail, path(uri))
                .withErrors(field.isEmpty() ? java.util.List.of() : java.util.List.of(new FieldError(field, detail))));
    }



    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        // The JSON reader wraps syntax errors in a plain 400; unwrap them to say where the JSON breaks.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException limit) {
                return jsonLimit(limit, uri);
            }
            if (cause instanceof JsonParseException malformed) {
                return malformedJson(malformed, uri);
            }
            if (cause instanceof MismatchedInputException mismatched) {
                return wrongJsonShape(mismatched, uri);
            }
        }
        int status = e.getResponse().getStatus();
        String reason = Response.Status.fromStatusCode(status) == null ? "HTTP " + status
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return respond(ProblemDetail.of("http-" + status, reason, status, reason, path(uri)));
    }

    /** Anything else, errors of the JVM included: still problem details, with an incident id to find it in the log. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (ConnectionFailures.isDatabaseUnavailable(e)) {
            return databaseUnavailable(e, uri);
        }
        if (closedByClientOrTimeout(e)) { // nobody will read this answer, and nothing went wrong here
            LOG.debugf("The connection closed before the request to %s was read", path(uri));
            return respond(ProblemDetail.of("request-timeout", "Request Timeout", 408,
                    "the connection closed before the request body was read", path(uri)));
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return respond(ProblemDetail.of("internal-error", "Internal error", 500,
                "an unexpected error occurred; report incident " + incident, path(uri)));
    }

    /**
     * PostgreSQL cannot be reached (restarting, failing over, the network), or no pooled connection was
     * free in time. Almost always nothing was stored; a connection lost during the commit itself cannot
     * tell, so a retry that must not store twice carries an Idempotency-Key. An outage fails every
     * request, so each gets one line, not a stack trace.
     */
    private Response databaseUnavailable(Throwable e, UriInfo uri) {
        LOG.warnf("Database unavailable, answered 503 to %s: %s", path(uri), ConnectionFailures.describe(e));
        return Response.fromResponse(respond(ProblemDetail.of("database-unavailable", "Service Unavailable", 503,
                        "the database cannot be reached just now, so the request was not carried out (if the connection was"
                                + " lost while committing it may have been: send it again with the same Idempotency-Key)",
                        path(uri))))
                .header("Retry-After", Math.max(1, outage.retryAfter().toSeconds())).build();
    }

    /** A body read that failed because the client went away, or the stalled-body guard closed the connection. */
    private static boolean closedByClientOrTimeout(Throwable e) {
        Throwable cause = e;
        for (int depth = 0; cause != null && depth < 32; depth++, cause = cause.getCause()) { // chains can loop
            if (cause instanceof io.vertx.core.http.HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    private static Response respond(ProblemDetail problem) {
        return Response.status(problem.status()).type(ProblemDetail.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /** {@code facts["x"].y} for a JSON path, as a client would name the field. */
    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** Bean Validation paths look like {@code create.request.name}; clients know the field as {@code name}. */
    private static String fieldName(String propertyPath) {
        String[] parts = propertyPath.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
    }
}
