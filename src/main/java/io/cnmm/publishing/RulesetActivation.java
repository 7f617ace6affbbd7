package io.cnmm.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One activation: from then on, until the next, this version evaluates every assessment. */
@Entity
@Table(name = "ruleset_activation")
public class RulesetActivation {

    public enum Kind { activate, rollback, bootstrap, folder }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false)
    public String digest;
    @Column(name = "activated_at", nullable = false)
    public Instant activatedAt;
    @Column(name = "activated_by", nullable = false)
    public String activatedBy;
    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Kind kind;
}
