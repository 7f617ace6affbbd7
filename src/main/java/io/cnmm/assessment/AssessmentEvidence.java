package io.cnmm.assessment;

import io.cnmm.audit.AssessmentChain;
import io.cnmm.audit.AssessmentSeal;
import io.cnmm.audit.AuditAction;
import io.cnmm.audit.AuditLog;
import io.cnmm.audit.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Seals a newly stored assessment and records the write in the audit log, in the transaction that
 * stores it. The digest is computed from the rows as read back from PostgreSQL, not from the
 * objects that were written, so that a later verification, which can only read the rows, gets
 * the same digest unless a row was changed.
 */
@ApplicationScoped
class AssessmentEvidence {

    @Inject
    EntityManager entityManager;
    @Inject
    AssessmentChain chain;
    @Inject
    AuditLog auditLog;
    @Inject
    Caller caller;

    /** @return the assessment as stored, read back from the database */
    @Transactional(Transactional.TxType.MANDATORY)
    Assessment seal(Assessment written, AuditAction action) {
        entityManager.flush();
        entityManager.detach(written);
        return sealStored(written.id, action);
    }

    /** Seals an assessment already in the database (one stored before seals existed). */
    @Transactional(Transactional.TxType.MANDATORY)
    Assessment sealStored(java.util.UUID id, AuditAction action) {
        Assessment stored = entityManager.find(Assessment.class, id);
        AssessmentRecord record = AssessmentRecord.of(stored); // loads every row it covers
        // Read-only from here. Kept managed, it would be dirty-checked by every query the chain
        // makes under its lock, which serialises all submissions (40 ms each when it had ~600 rows).
        entityManager.detach(stored);
        AssessmentSeal seal = chain.seal(stored.id, record);
        auditLog.append(caller.who(null), action, "assessment/" + stored.id, seal.digest);
        return stored;
    }
}
