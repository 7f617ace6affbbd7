package io.cnmm.rescoring;

import jakarta.annotation.security.RolesAllowed;
import io.cnmm.security.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import io.cnmm.openapi.ApiTags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A bulk re-evaluation's progress; started at {@code POST /api/rulesets/{ref}/rescorings}. */
@Path("/api/rescorings")
@RolesAllowed(Role.ADMIN)
@Tag(name = ApiTags.RULESETS)
public class RescoringResource {

    @Inject
    RescoringService service;

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRescoring", summary = "A bulk re-evaluation's progress and outcome")
    public RescoringView get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
