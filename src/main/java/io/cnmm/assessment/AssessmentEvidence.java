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
    @Inject
    jakarta.enterprise.event.Event<AssessmentsStored> stored;

    /** @return the assessment as stored, read back from the database */
    @Transactional(Transactional.TxType.MANDATORY)
    Assessment seal(Assessment written, AuditAction action) {
        entityManager.flush();
        entityManager.detach(written);
        Assessment sealed = sealStored(written.id, action);
        stored.fire(new AssessmentsStored(kind(action), 1));
        return sealed;
    }

    /**
     * Seals assessments just written in this transaction, in the given order. Each is read back
     * and digested first, and only then is the chain's lock taken: it is held until commit, so
     * other batches and submissions wait only for the seals, not for the reading. The audit log
     * names {@code actor}: batches run outside the request that asked for them, on any replica.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void sealAll(List<UUID> written, AuditAction action, String actor) {
        entityManager.flush();
        entityManager.clear();
        List<String> digests = written.stream().map(id -> digestOf(readBack(id))).toList();
        for (int i = 0; i < written.size(); i++) {
            append(written.get(i), digests.get(i), action, actor);
        }
        stored.fire(new AssessmentsStored(kind(action), written.size()));
    }

    /** Seals an assessment already in the database (one stored before seals existed). */
    @Transactional(Transactional.TxType.MANDATORY)
    Assessment sealStored(UUID id, AuditAction action) {
        Assessment stored = readBack(id);
        append(id, digestOf(stored), action, caller.who(null));
        return stored;
    }

    /** The assessment as stored, its result loaded, and no longer managed. */
    private Assessment readBack(UUID id) {
        Assessment stored = entityManager.find(Assessment.class, id);
        stored.toResult(); // loads the result documents
        // Read-only from here. Kept managed, it would be dirty-checked by every query the chain
        // makes under its lock, which serialises all submissions (40 ms each when it had ~600 rows).
        entityManager.detach(stored);
        return stored;
    }

    /** {@code submitted} or {@code reevaluated}: the audit label without its {@code assessment.} prefix. */
    private static String kind(AuditAction action) {
        return action.label().substring(action.label().indexOf('.') + 1);
    }

    private static String digestOf(Assessment stored) {
        return CanonicalJson.digest(AssessmentRecord.of(stored));
    }

    private void append(UUID id, String digest, AuditAction action, String actor) {
        AssessmentSeal seal = chain.seal(id, digest);
        auditLog.append(actor, action, "assessment/" + id, seal.digest);
    }
}
