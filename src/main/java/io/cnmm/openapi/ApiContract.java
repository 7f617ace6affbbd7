package io.cnmm.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.jboss.jandex.IndexView;

/**
 * Completes the generated document with what holds for every operation, so that no resource has to
 * repeat it: which schemes sign a caller in, and which problem statuses an operation can answer with.
 * An operation's own successes (status, schema, headers) stay on its method. Runs at build time, so the
 * document written to target/openapi-build is the one served.
 *
 * <p>The statuses follow from the request's shape, the same way ProblemMapper answers: every operation
 * can refuse a caller (401) and fail inside (500, 503); one restricted to roles can answer 403; one with
 * a path parameter 404; one with a query parameter, a header parameter or a body 400; one with a body
 * 413, 415 and 422; one that takes an Idempotency-Key 409. The few statuses that follow from an
 * operation's meaning (a 409 conflict, a 422 without a body) are listed in {@link #MEANING}. Roles come
 * from @RolesAllowed ({@link ResourceRoles}).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiContract implements OASFilter {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";
    /** Statuses that follow from an operation's meaning rather than its shape (docs/api.md). */
    private static final Map<String, Map<String, String>> MEANING = Map.of(
            "compareAssessments", Map.of("422", "Unprocessable"),
            "getReportHtml", Map.of("422", "Unprocessable"),
            "getReportPdf", Map.of("422", "Unprocessable"),
            "replayAssessment", Map.of("422", "Unprocessable"),
            "runVersionScenarios", Map.of("422", "Unprocessable"),
            "createUser", Map.of("409", "Conflict"),
            "changeUser", Map.of("409", "Conflict"),
            "deleteUser", Map.of("409", "Conflict"));

    private final ResourceRoles roles;

    /** Smallrye passes the build's index: the roles are read from it. */
    public ApiContract(IndexView index) {
        this.roles = new ResourceRoles(index);
    }

    /** What the parameters that many operations share mean, said once. */
    private static final Map<String, String> PARAMETERS = Map.of(
            "id", "the id of the resource the path names (an assessment's or enterprise's is a UUID)",
            "enterpriseId", "the enterprise's id",
            "ref", "a ruleset version: its digest (sha256:...) or at least 7 hex digits of it",
            "username", "the user's name (case does not count)",
            "keyId", "a signing key's id, as a seal names it (sha256:...)",
            "Idempotency-Key", "1 to 255 printable ASCII characters, new for each new request: a retry with the same "
                    + "key, path and body gets the first answer back (docs/api.md, \"Safe retries\")");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> complete(operation, roles.of(method.name(), path)));
            }
        });
        Nullables.declare(openAPI.getComponents().getSchemas());
        UnusedSchemas.remove(openAPI);
        ExampleProfiles.attach(openAPI, "/api/enterprises/{enterpriseId}/assessments");
    }

    private static void complete(Operation operation, List<String> roles) {
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(BASIC),
                OASFactory.createSecurityRequirement().addScheme(BEARER)));
        if (!roles.isEmpty()) {
            String said = operation.getDescription() == null ? "" : operation.getDescription() + " ";
            operation.setDescription(said + "Roles: " + String.join(", ", roles) + ".");
        } else if (operation.getDescription() == null) {
            operation.setDescription(operation.getSummary() + ". Every signed-in user may.");
        }
        APIResponses responses = operation.getResponses();
        // Quarkus adds 400, 401 and 403 entries without a body; ours say what the body is.
        List.of("400", "401", "403").stream().filter(status -> responses.hasAPIResponse(status)
                && responses.getAPIResponse(status).getRef() == null
                && responses.getAPIResponse(status).getContent() == null).forEach(responses::removeAPIResponse);
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        parameters.stream().filter(parameter -> parameter.getDescription() == null)
                .forEach(parameter -> parameter.setDescription(PARAMETERS.get(parameter.getName())));
        boolean body = operation.getRequestBody() != null;
        add(responses, "401", "Unauthenticated");
        add(responses, "403", roles.isEmpty() ? null : "Forbidden");
        add(responses, "404", has(parameters, Parameter.In.PATH) ? "NotFound" : null);
        add(responses, "400", body || has(parameters, Parameter.In.QUERY) || has(parameters, Parameter.In.HEADER)
                ? "BadRequest" : null);
        add(responses, "413", body ? "PayloadTooLarge" : null);
        add(responses, "415", body ? "UnsupportedMediaType" : null);
        add(responses, "422", body ? "Unprocessable" : null);
        add(responses, "409", has(parameters, Parameter.In.HEADER, "Idempotency-Key") ? "Conflict" : null);
        MEANING.getOrDefault(operation.getOperationId(), Map.of()).forEach((status, shared) -> add(responses, status, shared));
        add(responses, "500", "InternalError");
        add(responses, "503", "Unavailable");
    }

    private static boolean has(List<Parameter> parameters, Parameter.In in) {
        return parameters.stream().anyMatch(parameter -> parameter.getIn() == in);
    }

    private static boolean has(List<Parameter> parameters, Parameter.In in, String name) {
        return parameters.stream().anyMatch(parameter -> parameter.getIn() == in && name.equals(parameter.getName()));
    }

    private static void add(APIResponses responses, String status, String shared) {
        if (shared != null && !responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(shared));
        }
    }
}
