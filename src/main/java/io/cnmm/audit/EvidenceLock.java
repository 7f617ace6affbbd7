package io.cnmm.audit;

import io.cnmm.database.TransactionLock;
import io.cnmm.observability.SealLockMetrics;
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

    @Inject
    EntityManager entityManager;
    @Inject
    SealLockMetrics metrics;

    void acquire() {
        metrics.waitFor(() -> TransactionLock.EVIDENCE.hold(entityManager));
    }
}
