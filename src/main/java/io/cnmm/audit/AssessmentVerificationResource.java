package io.cnmm.audit;

import io.cnmm.security.EnterpriseAccess;
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

/** The verification of one assessment, beside the assessment itself. */
@Path("/api/assessments")
@Tag(name = ApiTags.REPORTS)
public class AssessmentVerificationResource {

    @Inject
    ChainVerifier verifier;
    @Inject
    EnterpriseAccess access;

    @GET
    @RolesAllowed({Role.AUDITOR, Role.ADMIN})
    @Path("/{id}/verification")
    @Operation(operationId = "verifyAssessment", summary = "Verify one assessment against its seal",
            description = "Recomputes its digest from the stored rows, checks the link to the assessment sealed before "
                    + "it and the signature. 200 with valid false and the problems when a check fails.")
    public AssessmentVerification verify(@PathParam("id") UUID id) {
        access.requireAssessment(id);
        return verifier.verify(id);
    }
}
