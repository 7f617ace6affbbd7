package io.cnmm.audit;

import java.util.List;

/**
 * A page of the audit log, oldest first.
 *
 * @param next the {@code after} value for the following page, or {@code null} on the last page
 */
public record AuditLogPage(List<AuditRecordView> records, Long next) {
}
