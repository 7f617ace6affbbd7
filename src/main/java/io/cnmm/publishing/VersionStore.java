package io.cnmm.publishing;

import io.cnmm.database.TransactionLock;
import io.cnmm.audit.AuditAction;
import io.cnmm.audit.AuditLog;
import io.cnmm.audit.CanonicalJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * The database side of publishing: short transactions that only write what was already validated
 * and compiled outside them, each with its record in the audit log. Writers take one advisory lock, so replicas publishing or activating
 * at the same moment queue rather than race.
 */
@ApplicationScoped
public class VersionStore {

    @Inject
    EntityManager entityManager;
    @Inject
    VersionRepository versions;
    @Inject
    ActivationRepository activations;
    @Inject
    AuditLog auditLog;

    // Who publishes or activates is decided by the caller of this class (RulesetPublisher asks
    // Caller for requests); the service's own writes name themselves, even inside a request.

    /** Stores the version unless the same content is already stored; returns the stored one and whether it is new. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Stored save(CheckedBundle checked, String author, String message) {
        lock();
        return saveLocked(checked, author, message);
    }

    /** One insert makes {@code digest} the active version: readers see the old one or the new one, nothing between. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RulesetActivation activate(String digest, String by, RulesetActivation.Kind kind) {
        lock();
        return activateLocked(digest, by, kind);
    }

    // The bodies below run in the caller's transaction, under the lock it holds. (ArC intercepts calls
    // within a bean too: calling save() from activateIfNone() would start a second transaction that
    // waits for the lock the first one holds.)
    private Stored saveLocked(CheckedBundle checked, String author, String message) {
        RulesetVersion existing = versions.findById(checked.bundle().digest());
        if (existing != null) {
            return new Stored(existing, false);
        }
        RulesetVersion version = new RulesetVersion();
        version.digest = checked.bundle().digest();
        version.rulesetDigest = checked.evaluator().ruleset().digest();
        version.modelVersion = checked.evaluator().model().version();
        version.ruleCount = checked.evaluator().ruleset().ruleCount();
        version.indicatorCount = checked.evaluator().model().indicators().size();
        version.author = author;
        version.message = message;
        version.publishedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        version.scenarios = checked.scenarios();
        version.content = checked.bundle().toZip();
        versions.persist(version);
        auditLog.append(version.author, AuditAction.RULESET_PUBLISHED, "ruleset/" + version.digest, version.digest);
        return new Stored(version, true);
    }

    private RulesetActivation activateLocked(String digest, String by, RulesetActivation.Kind kind) {
        RulesetActivation activation = new RulesetActivation();
        activation.digest = digest;
        activation.activatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        activation.activatedBy = by;
        activation.kind = kind;
        activations.persist(activation);
        auditLog.append(activation.activatedBy, kind == RulesetActivation.Kind.rollback ? AuditAction.RULESET_ROLLED_BACK
                : AuditAction.RULESET_ACTIVATED, "ruleset/" + digest, CanonicalJson.digest(Map.of("digest", digest,
                "kind", kind.name(), "activatedAt", activation.activatedAt.toString(), "activatedBy", activation.activatedBy)));
        return activation;
    }

    /**
     * On a database with no active version, stores and activates the given one; on any other,
     * leaves it alone. Replicas starting together on an empty database agree on one version.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RulesetActivation activateIfNone(CheckedBundle checked, String author, String message) {
        lock();
        Optional<RulesetActivation> current = activations.current();
        if (current.isPresent()) {
            return current.get();
        }
        saveLocked(checked, author, message);
        return activateLocked(checked.bundle().digest(), author, RulesetActivation.Kind.bootstrap);
    }

    @Transactional
    public Optional<RulesetActivation> currentActivation() {
        return activations.current();
    }

    /**
     * The newest version published after the current activation, on any replica: what an activation
     * is about to load. Empty when nothing was published since.
     */
    @Transactional
    public Optional<String> candidateForActivation() {
        return entityManager.createNativeQuery("select v.digest from ruleset_version v where v.published_at >"
                        + " (select coalesce(max(a.activated_at), '-infinity') from ruleset_activation a)"
                        + " order by v.published_at desc limit 1", String.class)
                .getResultStream().map(String.class::cast).findFirst();
    }

    @Transactional
    public java.util.List<RulesetActivation> history(int limit) {
        return activations.newestFirst(limit);
    }

    private void lock() {
        TransactionLock.PUBLISHING.hold(entityManager);
    }

    public record Stored(RulesetVersion version, boolean created) {
    }
}
