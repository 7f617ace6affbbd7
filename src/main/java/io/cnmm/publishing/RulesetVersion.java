package io.cnmm.publishing;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A published ruleset version: immutable, addressed by the digest of its content. */
@Entity
@Table(name = "ruleset_version")
public class RulesetVersion {

    @Id
    public String digest;
    @Column(name = "ruleset_digest", nullable = false)
    public String rulesetDigest;
    @Column(name = "model_version", nullable = false)
    public String modelVersion;
    @Column(name = "rule_count", nullable = false)
    public int ruleCount;
    @Column(name = "indicator_count", nullable = false)
    public int indicatorCount;
    @Column(nullable = false)
    public String author;
    @Column(nullable = false)
    public String message;
    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;
    @Column(nullable = false)
    public String scenarios;
    /** The bundle zip; lazily loaded because listings never need it. */
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;
}
