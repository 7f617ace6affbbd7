package io.cnmm.assessment;

import io.cnmm.audit.AssessmentChain;
import io.cnmm.audit.AssessmentSeal;
import io.cnmm.audit.AuditAction;
import io.cnmm.audit.AuditLog;
import io.cnmm.audit.CanonicalJson;
import io.cnmm.audit.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Seals a newly stored assessment and records the write in the audit log, in the transaction that
 * stores it. The digest is computed from the row as read back from PostgreSQL, not from the
 * objects that were written, so that a later verification, which can only read the row, gets
 * the same digest unless the row was changed.
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

    /**
     * Seals assessments just written in this transaction, in the given order. Each is read back
     * and digested first, one at a time, and only then is the chain's lock taken: it is held
     * until commit, so other batches and submissions wait only for the seals, not for the reading.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void sealAll(List<UUID> written, AuditAction action) {
        entityManager.flush();
        entityManager.clear();
        List<String> digests = new ArrayList<>(written.size());
        for (UUID id : written) {
            Assessment stored = entityManager.find(Assessment.class, id);
            digests.add(CanonicalJson.digest(AssessmentRecord.of(stored)));
            entityManager.detach(stored);
        }
        for (int i = 0; i < written.size(); i++) {
            AssessmentSeal seal = chain.sealDigest(written.get(i), digests.get(i));
            auditLog.append(caller.who(null), action, "assessment/" + written.get(i), seal.digest);
        }
    }

    /** Seals an assessment already in the database (one stored before seals existed). */
    @Transactional(Transactional.TxType.MANDATORY)
    Assessment sealStored(UUID id, AuditAction action) {
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
