package io.cnmm.assessment;

import io.cnmm.problem.QueryParameters;
import io.cnmm.security.EnterpriseAccess;
import jakarta.annotation.security.RolesAllowed;
import io.cnmm.security.Role;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import io.cnmm.openapi.ApiTags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/api/assessments")
@Tag(name = ApiTags.ASSESSMENTS)
public class AssessmentResource {

    @Inject
    AssessmentService service;
    @Inject
    Milestones milestones;
    @Inject
    EnterpriseAccess access;

    @GET
    @RolesAllowed({Role.ASSESSOR, Role.AUDITOR, Role.ADMIN})
    @Path("/{id}")
    @Operation(operationId = "getAssessment", summary = "Read one assessment with its gaps, advice and trace")
    public AssessmentView get(@PathParam("id") UUID id) {
        access.requireAssessment(id);
        return service.get(id);
    }

    @POST
    @RolesAllowed({Role.ASSESSOR, Role.AUDITOR, Role.ADMIN})
    @Path("/{id}/replay")
    @Operation(operationId = "replayAssessment", summary = "Evaluate the stored facts again under the recorded ruleset version and compare",
            description = "Stores nothing. identical is true when every level, gap, advice and trace entry is the same.")
    public ReplayResult replay(@PathParam("id") UUID id) {
        access.requireAssessment(id);
        return service.replay(id);
    }

    @POST
    @RolesAllowed({Role.ASSESSOR, Role.ADMIN})
    @Path("/{id}/reevaluations")
    @Operation(operationId = "reevaluateAssessment", summary = "Re-evaluate under another published version",
            description = "Stores a new assessment linked to this one and returns it with a per-indicator comparison.")
    @APIResponse(responseCode = "201", description = "The new assessment and its comparison with this one", headers = @Header(name = "Location", required = true, description = "where it can be read again", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Reevaluation.class)))
    public Response reevaluate(@PathParam("id") UUID id, ReevaluationRequest request, @Context UriInfo uri) {
        access.requireAssessment(id);
        Reevaluation reevaluation = service.reevaluate(id, request);
        return Response.created(uri.getBaseUriBuilder().path("api/assessments/{id}").build(reevaluation.assessment().id()))
                .entity(reevaluation).build();
    }

    @PUT
    @RolesAllowed({Role.ASSESSOR, Role.ADMIN})
    @Path("/{id}/milestone")
    @Operation(operationId = "nameMilestone", summary = "Name the assessment as a milestone (naming it again renames it)",
            description = "The name shows in the enterprise's history and in the reports; the naming is recorded in the audit log.")
    public MilestoneView nameMilestone(@PathParam("id") UUID id,
                                       @NotNull(message = "a JSON body is required") @Valid MilestoneRequest request) {
        access.requireAssessment(id);
        return milestones.name(id, request.name());
    }

    @GET
    @RolesAllowed({Role.ASSESSOR, Role.AUDITOR, Role.ADMIN})
    @Path("/{id}/comparison")
    @Operation(operationId = "compareAssessments", summary = "Compare with another assessment of the same enterprise, indicator by indicator",
            description = "422 when the other assessment is of another enterprise. The same comparison is in the HTML "
                    + "report: /api/assessments/{id}/report.html?compareWith={other}")
    public AssessmentComparison compare(@PathParam("id") UUID id, @QueryParam("with") @Parameter(required = true,
            description = "the assessment to compare with", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            String with) {
        UUID other = QueryParameters.requiredAssessmentId("with", with);
        access.requireAssessment(id);
        access.requireAssessment(other);
        return service.compare(id, other);
    }
}
