package io.cnmm.rescoring;

import jakarta.annotation.security.RolesAllowed;
import io.cnmm.security.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import io.cnmm.openapi.ApiTags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Starts a bulk re-evaluation under a version. (Its own class: JAX-RS picks the class with the
 * longest matching path first, so a sub-path of {@code /api/rulesets/{ref}} must live in one.)
 */
@Path("/api/rulesets/{ref}/rescorings")
@RolesAllowed(Role.ADMIN)
@Tag(name = ApiTags.RULESETS)
public class RulesetRescoringResource {

    @Inject
    RescoringService service;

    @POST
    @Operation(operationId = "startRescoring", summary = "Re-evaluate stored assessments under this version, in the background",
            description = "202 and the run; each re-evaluated assessment is stored linked to its original "
                    + "(reevaluationOf). Follow the run at the Location.")
    @APIResponse(responseCode = "202", description = "The run, started", headers = @Header(name = "Location", required = true, description = "where its progress can be read", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RescoringView.class)))
    public Response start(@PathParam("ref") String ref, RescoringRequest request, @Context UriInfo uri) {
        RescoringView started = service.start(ref, request);
        return Response.accepted(started).location(uri.getBaseUriBuilder().path("api/rescorings/{id}").build(started.id()))
                .build();
    }
}
