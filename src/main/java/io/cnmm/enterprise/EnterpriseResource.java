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
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/enterprises")
public class EnterpriseResource {

    @Inject
    EnterpriseService service;
    @Inject
    EnterpriseAccess access;
    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({Role.ASSESSOR, Role.ADMIN})
    @Operation(summary = "Register an enterprise to assess",
            description = "With an Idempotency-Key, a retry of the same request gets the first answer back and registers nothing.")
    public Response create(@NotNull(message = "a JSON body is required") @Valid EnterpriseRequest request,
                           @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri.getPath(), request, () -> {
            EnterpriseView created = service.create(request);
            return new Idempotency.Created(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created);
        });
    }

    @GET
    @RolesAllowed({Role.ASSESSOR, Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "List the enterprises the caller may see, by name")
    public List<EnterpriseView> list() {
        Visibility visible = access.visibility();
        return service.list().stream().filter(enterprise -> visible.includes(enterprise.id())).toList();
    }

    @GET
    @RolesAllowed({Role.ASSESSOR, Role.AUDITOR, Role.ADMIN})
    @Path("/{id}")
    @Operation(summary = "Read one enterprise")
    public EnterpriseView get(@PathParam("id") UUID id) {
        access.requireEnterprise(id);
        return service.get(id);
    }
}
