package io.cnmm.assessment;

import io.cnmm.audit.AuditAction;
import io.cnmm.audit.AuditLog;
import io.cnmm.audit.CanonicalJson;
import io.cnmm.audit.Caller;
import io.cnmm.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Names assessments as milestones; naming one again renames it. Every naming is in the audit log. */
@ApplicationScoped
public class Milestones {

    @Inject
    EntityManager entityManager;
    @Inject
    AssessmentRepository assessments;
    @Inject
    AuditLog auditLog;
    @Inject
    Caller caller;

    @Transactional
    public MilestoneView name(UUID assessmentId, String name) {
        if (assessments.findByIdOptional(assessmentId).isEmpty()) {
            throw new NotFoundProblem("assessment", assessmentId);
        }
        Milestone existing = entityManager.find(Milestone.class, assessmentId);
        Milestone milestone = existing == null ? new Milestone() : existing;
        milestone.assessmentId = assessmentId;
        milestone.name = name.strip();
        milestone.namedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        milestone.namedBy = caller.who(null);
        if (existing == null) {
            entityManager.persist(milestone);
        }
        auditLog.append(milestone.namedBy, AuditAction.MILESTONE_NAMED, "assessment/" + assessmentId,
                CanonicalJson.digest(Map.of("assessment", assessmentId.toString(), "milestone", milestone.name)));
        return MilestoneView.of(milestone);
    }

    @Transactional
    public Optional<MilestoneView> of(UUID assessmentId) {
        return Optional.ofNullable(entityManager.find(Milestone.class, assessmentId)).map(MilestoneView::of);
    }

    /** The milestones among these assessments, by assessment. */
    @Transactional
    public Map<UUID, String> namesOf(Collection<UUID> assessmentIds) {
        if (assessmentIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("from Milestone where assessmentId in ?1", Milestone.class)
                .setParameter(1, assessmentIds).getResultStream()
                .collect(Collectors.toMap(m -> m.assessmentId, m -> m.name, (a, b) -> a));
    }
}
