package io.cnmm.rescoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One bulk re-evaluation and its progress; updated after every batch, so a reader sees it advance. */
@Entity
public class Rescoring extends io.quarkus.hibernate.orm.panache.PanacheEntityBase {

    public enum Status { running, done, failed }

    @Id
    public UUID id;
    @Column(name = "ruleset_version", nullable = false)
    public String rulesetVersion;
    @Column(name = "requested_by", nullable = false)
    public String requestedBy;
    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;
    @Column(nullable = false)
    public String scope;
    @Column(name = "batch_size", nullable = false)
    public int batchSize;
    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;
    @Column(nullable = false)
    public int total;
    @Column(nullable = false)
    public int processed;
    @Column(name = "changed_overall", nullable = false)
    public int changedOverall;
    @Column(nullable = false)
    public int skipped;
    @Column(name = "finished_at")
    public Instant finishedAt;
    public String error;
}
