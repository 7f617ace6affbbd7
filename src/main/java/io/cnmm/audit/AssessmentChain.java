package io.cnmm.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The signed hash chain over every stored assessment. Sealing joins the transaction that stores
 * the assessment, so an assessment is never stored without its seal, nor sealed without being stored.
 */
@ApplicationScoped
public class AssessmentChain {

    @Inject
    EntityManager entityManager;
    @Inject
    EvidenceLock lock;
    @Inject
    SigningKeys keys;

    /**
     * Appends an assessment to the chain.
     *
     * @param digest the digest of the assessment's evidence body as rebuilt from its stored row, so
     *               that it covers exactly what a later verification reads back. Computed before
     *               the chain's lock is taken, which is held until commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AssessmentSeal seal(UUID assessmentId, String digest) {
        AssessmentSeal seal = new AssessmentSeal();
        seal.assessmentId = assessmentId;
        seal.digest = digest;
        lock.acquire();
        SigningKeys.Active key = keys.current(); // under the lock: a rotation is before or after this seal
        Optional<AssessmentSeal> head = head();
        seal.position = head.map(h -> h.position + 1).orElse(1L);
        seal.previousDigest = head.map(h -> h.digest).orElse(null);
        seal.signature = Ed25519.sign(key.privateKey(), Ed25519.sealMessage(seal.digest, seal.previousDigest));
        seal.keyId = key.keyId();
        seal.sealedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        entityManager.persist(seal);
        return seal;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AssessmentSeal> sealOf(UUID assessmentId) {
        return Optional.ofNullable(entityManager.find(AssessmentSeal.class, assessmentId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AssessmentSeal> at(long position) {
        return entityManager.createQuery("from AssessmentSeal where position = ?1", AssessmentSeal.class)
                .setParameter(1, position).getResultStream().findFirst();
    }

    /** The seal digests of these assessments, by assessment; unsealed ones are absent. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> digestsOf(Collection<UUID> assessmentIds) {
        if (assessmentIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("from AssessmentSeal where assessmentId in ?1", AssessmentSeal.class)
                .setParameter(1, assessmentIds).getResultStream()
                .collect(Collectors.toMap(seal -> seal.assessmentId, seal -> seal.digest));
    }

    /** Seals in chain order, from just after {@code position}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssessmentSeal> after(long position, int limit) {
        return entityManager.createQuery("from AssessmentSeal where position > ?1 order by position", AssessmentSeal.class)
                .setParameter(1, position).setMaxResults(limit).getResultList();
    }

    private Optional<AssessmentSeal> head() {
        return entityManager.createQuery("from AssessmentSeal order by position desc", AssessmentSeal.class)
                .setMaxResults(1).getResultStream().findFirst();
    }
}
