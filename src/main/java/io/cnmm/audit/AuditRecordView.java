package io.cnmm.audit;

import java.time.Instant;

/** An audit record as auditors read it. */
public record AuditRecordView(long id, Instant at, String actor, String action, String subject, String contentDigest,
                              String previousHash, String hash) {

    static AuditRecordView of(AuditRecord record) {
        return new AuditRecordView(record.id, record.at, record.actor, record.action, record.subject,
                record.contentDigest, record.previousHash, record.hash);
    }
}
