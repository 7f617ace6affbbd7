package io.cnmm.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stored assessments as evidence, for verification and exports: each read in its own short
 * transaction unless the caller has one, so a walk over the whole chain never holds them all.
 */
@ApplicationScoped
public class AssessmentRecords {

    @Inject
    AssessmentRepository assessments;
    @Inject
    EntityManager entityManager;

    @Transactional
    public Optional<AssessmentRecord> find(UUID id) {
        return assessments.findByIdOptional(id).map(AssessmentRecord::of);
    }

    /** Assessments stored without a seal (before seals existed, or written around the service), oldest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<UUID> unsealed(int limit) {
        return entityManager.createNativeQuery("select a.id from assessment a where not exists "
                        + "(select 1 from assessment_seal s where s.assessment_id = a.id) order by a.created_at, a.id", UUID.class)
                .setMaxResults(limit).getResultList();
    }
}
