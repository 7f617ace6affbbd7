package io.cnmm.enterprise;

import io.cnmm.idempotency.Idempotency;
import io.cnmm.idempotency.IdempotencyKey;
import io.cnmm.security.Visibility;
import io.cnmm.security.EnterpriseAccess;
import jakarta.annotation.security.RolesAllowed;
import io.cnmm.security.Role;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
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

@Path("/api/enterprises")
@Tag(name = ApiTags.ENTERPRISES)
public class EnterpriseResource {

    @Inject
    EnterpriseService service;
    @Inject
    EnterpriseAccess access;
    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({Role.ASSESSOR, Role.ADMIN})
    @Operation(operationId = "createEnterprise", summary = "Register an enterprise to assess",
            description = "With an Idempotency-Key, a retry of the same request gets the first answer back and registers nothing.")
    @APIResponse(responseCode = "201", description = "The enterprise, registered", headers = {@Header(name = "Location", required = true, description = "where it can be read again", schema = @Schema(type = SchemaType.STRING, format = "uri")), @Header(name = "Idempotent-Replayed", description = "true when this is the stored answer to an earlier request with the same Idempotency-Key", schema = @Schema(type = SchemaType.STRING, enumeration = "true"))},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EnterpriseView.class)))
    public Response create(@NotNull(message = "a JSON body is required") @Valid EnterpriseRequest request,
                           @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri.getPath(), request, () -> {
            EnterpriseView created = service.create(request);
            return new Idempotency.Created(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created);
        });
    }

    @GET
    @RolesAllowed({Role.ASSESSOR, Role.AUDITOR, Role.ADMIN})
    @Operation(operationId = "listEnterprises", summary = "List the enterprises the caller may see, by name")
    public List<EnterpriseView> list() {
        Visibility visible = access.visibility();
        return service.list().stream().filter(enterprise -> visible.includes(enterprise.id())).toList();
    }

    @GET
    @RolesAllowed({Role.ASSESSOR, Role.AUDITOR, Role.ADMIN})
    @Path("/{id}")
    @Operation(operationId = "getEnterprise", summary = "Read one enterprise")
    public EnterpriseView get(@PathParam("id") UUID id) {
        access.requireEnterprise(id);
        return service.get(id);
    }
}
