package io.cnmm.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One record of the audit log: written once, in the transaction of the write it records. */
@Entity
@Table(name = "audit_log")
public class AuditRecord {

    /** 1, 2, 3, ... without gaps. */
    @Id
    public long id;
    @Column(nullable = false)
    public Instant at;
    @Column(nullable = false)
    public String actor;
    @Column(nullable = false)
    public String action;
    @Column(nullable = false)
    public String subject;
    @Column(name = "content_digest", nullable = false)
    public String contentDigest;
    @Column(name = "previous_hash")
    public String previousHash;
    @Column(nullable = false)
    public String hash;

    /**
     * The hash this record must carry: SHA-256 of the canonical JSON of every other field, the
     * previous record's hash included, so changing or removing any record breaks every later one.
     */
    String expectedHash() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("at", at.toString());
        fields.put("actor", actor);
        fields.put("action", action);
        fields.put("subject", subject);
        fields.put("contentDigest", contentDigest);
        fields.put("previousHash", previousHash);
        return CanonicalJson.digest(fields);
    }
}
