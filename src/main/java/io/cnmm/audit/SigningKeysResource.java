package io.cnmm.audit;

import io.cnmm.problem.NotFoundProblem;
import io.cnmm.security.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Every signing key the server has had, so that a seal made before a rotation can be verified
 * offline with the key it names, and the rotation itself (administrators).
 */
@Path("/api/signing-keys")
@Authenticated
public class SigningKeysResource {

    @Inject
    SigningKeys keys;
    @Inject
    SigningKeyRotation rotation;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every signing key, newest (the one that signs now) first, with its public half as PEM")
    public List<SigningKeyView> list() {
        List<SigningKey> all = keys.all();
        return all.stream().map(key -> SigningKeyView.of(key, key.keyId.equals(all.get(0).keyId))).toList();
    }

    @GET
    @Path("/{keyId}")
    @Produces(SigningKeyResource.PEM)
    @Operation(summary = "One signing key's public half as PEM, by the id that seals and exports name")
    public Response publicKey(@PathParam("keyId") String keyId) {
        SigningKey key = keys.all().stream().filter(k -> k.keyId.equals(keyId)).findFirst()
                .orElseThrow(() -> new NotFoundProblem("signing key", keyId));
        return Response.ok(key.publicKey, SigningKeyResource.PEM).header("Cnmm-Key-Id", key.keyId).build();
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rotate: a new key signs every seal from now on, on every replica",
            description = "The old key stays, to verify what it signed. Recorded in the audit log as signing-key.rotated. "
                    + "The new private key is encrypted with cnmm.signing.key-password when that is set.")
    public Response rotate(@Context UriInfo uri) {
        SigningKeyView created = rotation.rotate();
        return Response.created(uri.getAbsolutePathBuilder().path(created.keyId()).build()).entity(created).build();
    }
}
