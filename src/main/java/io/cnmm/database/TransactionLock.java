package io.cnmm.database;

import jakarta.persistence.EntityManager;

/**
 * The PostgreSQL advisory locks that serialise writes across replicas. Each is held until the
 * transaction that takes it ends, so nothing needs releasing. Kept in one place so their keys stay
 * distinct ("cnmm" and four letters).
 */
public enum TransactionLock {

    /** Appends to the assessment chain and the audit log: the chains never fork. */
    EVIDENCE(0x636e6d6d_43484149L),
    /** The first signing key: replicas starting together create one. */
    SIGNING_KEY(0x636e6d6d_4b455931L),
    /** Storing and activating ruleset versions. */
    PUBLISHING(0x636e6d6d_5645525AL),
    /** The first administrator, and removing one: there is always at least one. */
    ADMINISTRATORS(0x636e6d6d_55534552L);

    private final long key;

    TransactionLock(long key) {
        this.key = key;
    }

    /** Waits for the lock and holds it until the current transaction ends. */
    public void hold(EntityManager entityManager) {
        entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) as locked")
                .setParameter(1, key).getSingleResult();
    }
}
