package io.cnmm.audit;

/** Both chains checked end to end: the sealed assessments and the audit log. */
public record AuditVerification(boolean valid, ChainVerification assessments, ChainVerification auditLog) {
}
