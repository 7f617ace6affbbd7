package io.cnmm.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A name given to an assessment worth coming back to; it labels the assessment, it is not part of it. */
@Entity
@Table(name = "assessment_milestone")
public class Milestone {

    @Id
    @Column(name = "assessment_id")
    public UUID assessmentId;
    @Column(nullable = false)
    public String name;
    @Column(name = "named_at", nullable = false)
    public Instant namedAt;
    @Column(name = "named_by", nullable = false)
    public String namedBy;
}
