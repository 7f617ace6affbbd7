package io.cnmm.audit;

import io.cnmm.problem.QueryParameters;
import io.cnmm.security.Visibility;
import io.cnmm.security.EnterpriseAccess;
import jakarta.annotation.security.RolesAllowed;
import io.cnmm.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import io.cnmm.openapi.ApiTags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** For auditors: the audit log and the verification of both chains. */
@Path("/api/audit")
@RolesAllowed({Role.AUDITOR, Role.ADMIN})
@Tag(name = ApiTags.AUDIT)
public class AuditResource {

    @Inject
    AuditLog log;
    @Inject
    ChainVerifier chainVerifier;
    @Inject
    AuditLogVerifier logVerifier;
    @Inject
    EnterpriseAccess access;

    @GET
    @Path("/log")
    @Operation(operationId = "getAuditLog", summary = "The audit log, oldest first, a page at a time",
            description = "Every write: who, what, when, the digest of what changed, and the hash chain. "
                    + "Pass the answer's next as after for the following page.")
    public AuditLogPage log(@QueryParam("after") @Parameter(description = "a record id, 0 or more (default 0: from the start)",
                                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) String afterParameter,
                            @QueryParam("limit") @Parameter(description = "records per page, 1 to 1000 (default 100)",
                                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000"))
                            String limitParameter) {
        int limit = (int) QueryParameters.wholeNumber("limit", limitParameter, 100, 1, 1_000);
        long after = QueryParameters.wholeNumber("after", afterParameter, 0, 0, Long.MAX_VALUE);
        Visibility visible = access.visibility();
        List<AuditRecordView> records = QuarkusTransaction.requiringNew().call(() -> log.after(after, limit, visible)
                .stream().map(AuditRecordView::of).toList());
        return new AuditLogPage(records, records.size() < limit ? null : records.get(records.size() - 1).id());
    }

    @GET
    @Path("/verification")
    @Operation(operationId = "verifyAuditChains", summary = "Verify every sealed assessment and the whole audit log",
            description = "Recomputes each assessment's digest from its stored rows and checks chain links and signatures; "
                    + "recomputes each audit record's hash. Names the first broken record of each chain.")
    public AuditVerification verify() {
        if (!access.visibility().every()) { // the chains run through every enterprise's assessments
            throw new jakarta.ws.rs.ForbiddenException("verifying the whole chain needs access to every enterprise; "
                    + "verify assessments one by one at /api/assessments/{id}/verification");
        }
        ChainVerification assessments = chainVerifier.verifyAssessments();
        ChainVerification auditLog = logVerifier.verify();
        return new AuditVerification(assessments.valid() && auditLog.valid(), assessments, auditLog);
    }
}
