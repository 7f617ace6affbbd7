package io.cnmm.assessment;

import io.cnmm.idempotency.Idempotency;
import io.cnmm.idempotency.IdempotencyKey;
import io.cnmm.security.EnterpriseAccess;
import jakarta.annotation.security.RolesAllowed;
import io.cnmm.security.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import io.cnmm.openapi.ApiTags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An enterprise's assessments, a resource of its own so each class serves one kind of thing.
 * (Paths under {@code /api/enterprises} must live in a class whose path starts so: JAX-RS picks
 * the class with the longest matching path before looking at methods.)
 */
@Path("/api/enterprises/{enterpriseId}/assessments")
@Tag(name = ApiTags.ASSESSMENTS)
public class EnterpriseAssessmentResource {

    @Inject
    AssessmentService service;
    @Inject
    EnterpriseAccess access;
    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({Role.ASSESSOR, Role.ADMIN})
    @Operation(operationId = "submitAssessment", summary = "Assess an enterprise from submitted facts",
            description = "Evaluates the facts, stores the result with its trace in one transaction, and returns it. "
                    + "With an Idempotency-Key, a retry of the same request gets the first answer back and stores nothing.")
    @APIResponse(responseCode = "201", description = "The assessment, evaluated and stored", headers = {@Header(name = "Location", required = true, description = "where it can be read again", schema = @Schema(type = SchemaType.STRING, format = "uri")), @Header(name = "Idempotent-Replayed", description = "true when this is the stored answer to an earlier request with the same Idempotency-Key", schema = @Schema(type = SchemaType.STRING, enumeration = "true"))},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AssessmentView.class)))
    public Response submit(@PathParam("enterpriseId") UUID enterpriseId, AssessmentRequest request,
                           @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @Context UriInfo uri) {
        access.requireEnterprise(enterpriseId);
        return idempotency.create(idempotencyKey, uri.getPath(), request, () -> {
            AssessmentView assessment = service.submit(enterpriseId, request);
            return new Idempotency.Created(uri.getBaseUriBuilder().path("api/assessments/{id}").build(assessment.id()),
                    assessment);
        });
    }

    @GET
    @RolesAllowed({Role.ASSESSOR, Role.AUDITOR, Role.ADMIN})
    @Operation(operationId = "listAssessments", summary = "An enterprise's assessments, newest first")
    public List<AssessmentSummary> history(@PathParam("enterpriseId") UUID enterpriseId) {
        access.requireEnterprise(enterpriseId);
        return service.history(enterpriseId);
    }
}
