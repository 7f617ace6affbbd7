package io.cnmm.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The idempotency_key table: one row per user and key, holding the first answer until it expires. */
@ApplicationScoped
public class IdempotencyRecords {

    /** The high half of the advisory locks on keys: "cnmm" (the low half is a hash of user and key). */
    private static final int LOCK_CLASS = 0x636e6d6d;

    @Inject
    EntityManager entityManager;

    /** A recorded answer and the digest of the request it answered. */
    record Recorded(String requestDigest, StoredAnswer answer) {
    }

    /**
     * Takes the key's lock for the rest of the transaction, without waiting: false while another
     * request with the same key holds it. (Two keys whose hashes collide share a lock: rarely a 409 too many.)
     */
    boolean tryLock(String username, IdempotencyKey key) {
        Object locked = entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1, ?2)")
                .setParameter(1, LOCK_CLASS).setParameter(2, (username + "\n" + key.value()).hashCode())
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    /** The answer recorded for the key, unless it has expired (expired rows wait for the purge). */
    Optional<Recorded> find(String username, IdempotencyKey key) {
        List<?> rows = entityManager.createNativeQuery("""
                        select request_digest, status, location, body from idempotency_key
                        where username = ?1 and idempotency_key = ?2 and expires_at > now()""")
                .setParameter(1, username).setParameter(2, key.value()).getResultList();
        return rows.stream().map(row -> (Object[]) row).findFirst().map(row -> new Recorded((String) row[0],
                new StoredAnswer(((Number) row[1]).intValue(), (String) row[2], (String) row[3])));
    }

    /** Records the answer; an expired row of the same key not yet purged is replaced. */
    void record(String username, IdempotencyKey key, String requestDigest, StoredAnswer answer, Duration retention) {
        entityManager.createNativeQuery("""
                        insert into idempotency_key (username, idempotency_key, request_digest, status, location, body, expires_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, now() + make_interval(secs => ?7))
                        on conflict (username, idempotency_key) do update set request_digest = excluded.request_digest,
                            status = excluded.status, location = excluded.location, body = excluded.body,
                            created_at = now(), expires_at = excluded.expires_at""")
                .setParameter(1, username).setParameter(2, key.value()).setParameter(3, requestDigest)
                .setParameter(4, answer.status()).setParameter(5, answer.location()).setParameter(6, answer.body())
                .setParameter(7, (double) retention.toSeconds())
                .executeUpdate();
    }

    /** Deletes expired keys; returns how many. */
    int purgeExpired() {
        return entityManager.createNativeQuery("delete from idempotency_key where expires_at <= now()").executeUpdate();
    }
}
