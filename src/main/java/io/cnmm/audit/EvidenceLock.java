package io.cnmm.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Serialises appends to the assessment chain and the audit log across every replica: a
 * PostgreSQL advisory lock held until the transaction ends, so two writers never read the same
 * chain head and the chains never fork. Taken last, after all slow work, to be held briefly.
 */
@ApplicationScoped
class EvidenceLock {

    /** Any fixed number, distinct from the publishing lock. */
    private static final long LOCK = 0x636e6d6d_43484149L;

    @Inject
    EntityManager entityManager;

    void acquire() {
        entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) as locked")
                .setParameter(1, LOCK).getSingleResult();
    }
}
