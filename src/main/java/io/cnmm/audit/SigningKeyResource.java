package io.cnmm.audit;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import io.cnmm.openapi.ApiTags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public half of the key that signs now, for verifying exports offline; earlier keys: {@link SigningKeysResource}. */
@Path("/api/signing-key")
@Authenticated
@Tag(name = ApiTags.AUDIT)
public class SigningKeyResource {

    static final String PEM = "application/x-pem-file";

    @Inject
    SigningKeys keys;

    @GET
    @Produces(PEM)
    @Operation(operationId = "getCurrentSigningKey", summary = "The Ed25519 public key that signs assessment seals, as PEM",
            description = "Its id (the SHA-256 of its DER form, as exports name it) is in the Cnmm-Key-Id header.")
    @Transactional
    @APIResponse(responseCode = "200", description = "The public key, PEM", headers = {@Header(name = "Cnmm-Key-Id", required = true, description = "the key's id, as seals name it", schema = @Schema(type = SchemaType.STRING)), @Header(name = "Content-Disposition", description = "the file name to save it as", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = PEM, schema = @Schema(type = SchemaType.STRING)))
    public Response publicKey() {
        SigningKeys.Active key = keys.current(); // the newest, also when another replica rotated to it
        return Response.ok(key.pem(), PEM).header("Cnmm-Key-Id", key.keyId())
                .header("Content-Disposition", "inline; filename=\"cnmm-signing-key.pem\"").build();
    }
}
