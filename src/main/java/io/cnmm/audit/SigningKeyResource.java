package io.cnmm.audit;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The public half of the key that signs now, for verifying exports offline; earlier keys: {@link SigningKeysResource}. */
@Path("/api/signing-key")
@Authenticated
public class SigningKeyResource {

    static final String PEM = "application/x-pem-file";

    @Inject
    SigningKeys keys;

    @GET
    @Produces(PEM)
    @Operation(summary = "The Ed25519 public key that signs assessment seals, as PEM",
            description = "Its id (the SHA-256 of its DER form, as exports name it) is in the Cnmm-Key-Id header.")
    @Transactional
    public Response publicKey() {
        SigningKeys.Active key = keys.current(); // the newest, also when another replica rotated to it
        return Response.ok(key.pem(), PEM).header("Cnmm-Key-Id", key.keyId())
                .header("Content-Disposition", "inline; filename=\"cnmm-signing-key.pem\"").build();
    }
}
