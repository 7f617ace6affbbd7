package io.cnmm.audit;

import io.cnmm.security.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The append-only, hash-chained record of every write. Appending joins the transaction of the
 * write it records: both are stored, or neither.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    EntityManager entityManager;
    @Inject
    EvidenceLock lock;

    /**
     * @param actor         who, from {@link Caller}
     * @param subject       what was written, as {@code kind/id}: {@code assessment/3f2a…}
     * @param contentDigest the digest of what changed: an assessment's seal digest, a ruleset's
     *                      content digest, or the canonical digest of the record written
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditRecord append(String actor, AuditAction action, String subject, String contentDigest) {
        lock.acquire();
        Optional<AuditRecord> last = latest();
        AuditRecord record = new AuditRecord();
        record.id = last.map(r -> r.id + 1).orElse(1L);
        record.previousHash = last.map(r -> r.hash).orElse(null);
        record.at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        record.actor = actor;
        record.action = action.label();
        record.subject = subject;
        record.contentDigest = contentDigest;
        record.hash = record.expectedHash();
        entityManager.persist(record);
        return record;
    }

    /** Records with an id above {@code id}, oldest first, at most {@code limit}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditRecord> after(long id, int limit) {
        return after(id, limit, Visibility.EVERY);
    }

    /**
     * Records with an id above {@code id}, oldest first, at most {@code limit}, of those the caller
     * may see: all, or those about their enterprises and their assessments, and the ruleset and
     * signing-key records, which concern every seal.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditRecord> after(long id, int limit, Visibility visible) {
        if (visible.every()) {
            return entityManager.createQuery("from AuditRecord where id > ?1 order by id", AuditRecord.class)
                    .setParameter(1, id).setMaxResults(limit).getResultList();
        }
        if (visible.enterprises().isEmpty()) {
            return entityManager.createQuery("from AuditRecord where id > ?1 and (subject like 'ruleset/%' "
                            + "or subject like 'signing-key/%') order by id",
                    AuditRecord.class).setParameter(1, id).setMaxResults(limit).getResultList();
        }
        // The assessments are matched in the database: a busy enterprise has more than a statement can bind.
        List<String> enterprises = visible.enterprises().stream().map(enterprise -> "enterprise/" + enterprise).toList();
        return entityManager.createQuery("from AuditRecord r where r.id > ?1 and (r.subject like 'ruleset/%' "
                        + "or r.subject like 'signing-key/%' or r.subject in ?2 "
                        + "or r.subject in (select concat('assessment/', cast(a.id as String)) "
                        + "from Assessment a where a.enterpriseId in ?3)) order by r.id", AuditRecord.class)
                .setParameter(1, id).setParameter(2, enterprises).setParameter(3, visible.enterprises())
                .setMaxResults(limit).getResultList();
    }

    private Optional<AuditRecord> latest() {
        return entityManager.createQuery("from AuditRecord order by id desc", AuditRecord.class)
                .setMaxResults(1).getResultStream().findFirst();
    }
}
