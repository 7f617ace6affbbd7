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
import io.cnmm.openapi.ApiTags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Every signing key the server has had, so that a seal made before a rotation can be verified
 * offline with the key it names, and the rotation itself (administrators).
 */
@Path("/api/signing-keys")
@Authenticated
@Tag(name = ApiTags.AUDIT)
public class SigningKeysResource {

    @Inject
    SigningKeys keys;
    @Inject
    SigningKeyRotation rotation;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listSigningKeys", summary = "Every signing key, newest (the one that signs now) first, with its public half as PEM")
    public List<SigningKeyView> list() {
        List<SigningKey> all = keys.all();
        return all.stream().map(key -> SigningKeyView.of(key, key.keyId.equals(all.get(0).keyId))).toList();
    }

    @GET
    @Path("/{keyId}")
    @Produces(SigningKeyResource.PEM)
    @Operation(operationId = "getSigningKey", summary = "One signing key's public half as PEM, by the id that seals and exports name")
    @APIResponse(responseCode = "200", description = "The public key, PEM", headers = @Header(name = "Cnmm-Key-Id", required = true, description = "the key's id, as seals name it", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = SigningKeyResource.PEM, schema = @Schema(type = SchemaType.STRING)))
    public Response publicKey(@PathParam("keyId") String keyId) {
        SigningKey key = keys.all().stream().filter(k -> k.keyId.equals(keyId)).findFirst()
                .orElseThrow(() -> new NotFoundProblem("signing key", keyId));
        return Response.ok(key.publicKey, SigningKeyResource.PEM).header("Cnmm-Key-Id", key.keyId).build();
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rotateSigningKey", summary = "Rotate: a new key signs every seal from now on, on every replica",
            description = "The old key stays, to verify what it signed. Recorded in the audit log as signing-key.rotated. "
                    + "The new private key is encrypted with cnmm.signing.key-password when that is set.")
    @APIResponse(responseCode = "201", description = "The new key, which signs from now on", headers = @Header(name = "Location", required = true, description = "where its public half can be read", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SigningKeyView.class)))
    public Response rotate(@Context UriInfo uri) {
        SigningKeyView created = rotation.rotate();
        return Response.created(uri.getAbsolutePathBuilder().path(created.keyId()).build()).entity(created).build();
    }
}
