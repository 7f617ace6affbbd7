package io.cnmm.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An assessment's place in the chain: the digest of its canonical JSON, the digest of the one
 * sealed before it, and the server's signature over both. Written once (a trigger refuses changes).
 */
@Entity
@Table(name = "assessment_seal")
public class AssessmentSeal {

    @Id
    @Column(name = "assessment_id")
    public UUID assessmentId;
    @Column(nullable = false)
    public long position;
    @Column(nullable = false)
    public String digest;
    @Column(name = "previous_digest")
    public String previousDigest;
    @Column(nullable = false)
    public String signature;
    @Column(name = "key_id", nullable = false)
    public String keyId;
    @Column(name = "sealed_at", nullable = false)
    public Instant sealedAt;
}
