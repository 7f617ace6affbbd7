package io.cnmm.security;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import io.cnmm.openapi.ApiTags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the caller is, as the service sees them: useful to check a sign-in or a provider's role mapping. */
@Path("/api/me")
@Authenticated
@Tag(name = ApiTags.USERS)
public class MeResource {

    @Inject
    SecurityIdentity identity;
    @Inject
    EnterpriseAccess access;

    @GET
    @Operation(operationId = "getMe", summary = "The signed-in user: name, roles and the enterprises they may see")
    public MeView me() {
        return new MeView(identity.getPrincipal().getName(),
                Role.ALL.stream().filter(identity::hasRole).toList(), AssignmentsView.of(access.visibility()));
    }
}
