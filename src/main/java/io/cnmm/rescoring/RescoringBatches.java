package io.cnmm.rescoring;

import io.cnmm.assessment.AssessmentBatches;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The batches of every re-scoring, in the database, where all replicas see them: planned when a run
 * starts, claimed under a lease with {@code FOR UPDATE SKIP LOCKED} (so two replicas never wait for
 * or take the same open batch), and marked done in the transaction that stores the batch.
 */
@ApplicationScoped
class RescoringBatches {

    /**
     * The oldest run's first open batch nobody holds (a lease that ran out holds nothing); claims it. A
     * lease still set on an open batch ran out (a give-back clears it): its holder lost the batch.
     */
    private static final String CLAIM = """
            update rescoring_batch b set claimed_by = ?, lease_until = clock_timestamp() + ? * interval '1 millisecond',
                attempts = b.attempts + 1, lost_claims = b.lost_claims + case when b.lease_until is null then 0 else 1 end
            from (select o.rescoring_id, o.number, r.ruleset_version, r.requested_by, o.claimed_by as lost_by
                  from rescoring_batch o join rescoring r on r.id = o.rescoring_id
                  where r.status = 'running' and o.done_at is null
                    and (o.lease_until is null or o.lease_until < clock_timestamp())
                  order by r.requested_at, o.number limit 1
                  for update of o skip locked) open
            where b.rescoring_id = open.rescoring_id and b.number = open.number
            returning b.rescoring_id, b.number, open.ruleset_version, open.requested_by, b.attempts, b.assessment_ids,
                b.failures, b.lost_claims, open.lost_by""";

    @Inject
    EntityManager entityManager;

    /** Divides the run's scope into batches of {@code size} in id order; returns how many assessments they hold. */
    @Transactional(Transactional.TxType.MANDATORY)
    int plan(UUID rescoringId, AssessmentBatches.Scope scope, int size) {
        entityManager.createNativeQuery("insert into rescoring_batch (rescoring_id, number, assessment_ids)"
                        + " select ?1, k, array_agg(id order by id) from (select s.id, (row_number() over (order by s.id) - 1) / ?2 as k"
                        + " from (" + AssessmentBatches.idsInScope(scope) + ") s) numbered group by k")
                .setParameter(1, rescoringId).setParameter(2, size).executeUpdate();
        return ((Number) entityManager.createNativeQuery("select coalesce(sum(cardinality(assessment_ids)), 0)"
                + " from rescoring_batch where rescoring_id = ?1").setParameter(1, rescoringId).getSingleResult()).intValue();
    }

    /** Claims an open batch of any running re-scoring for {@code replica}, in a transaction of its own. */
    Optional<ClaimedBatch> claim(String replica, Duration lease) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
                claim.setString(1, replica);
                claim.setLong(2, lease.toMillis());
                try (ResultSet row = claim.executeQuery()) {
                    return row.next() ? Optional.of(claimed(row)) : Optional.<ClaimedBatch>empty();
                }
            }
        }));
    }

    private static ClaimedBatch claimed(ResultSet row) throws java.sql.SQLException {
        Array ids = row.getArray(6);
        List<UUID> assessmentIds = Arrays.asList((UUID[]) ids.getArray());
        ids.free();
        return new ClaimedBatch(row.getObject(1, UUID.class), row.getInt(2), row.getString(3), row.getString(4),
                row.getInt(5), row.getInt(7), row.getInt(8), row.getString(9), assessmentIds);
    }

    /**
     * Extends the lease of a batch {@code replica} is working on. Only of one really in hand: a batch
     * whose give-back failed (the database was away) is left to expire, so another replica takes it.
     */
    void renew(ClaimedBatch batch, String replica, Duration lease) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("update rescoring_batch"
                        + " set lease_until = clock_timestamp() + ?4 * interval '1 millisecond'"
                        + " where rescoring_id = ?1 and number = ?2 and claimed_by = ?3 and done_at is null")
                .setParameter(1, batch.rescoringId()).setParameter(2, batch.number()).setParameter(3, replica)
                .setParameter(4, lease.toMillis()).executeUpdate());
    }

    /**
     * Gives back one batch after an error, so that any replica can take it at once.
     *
     * @param batchFailed whether the error counts against the batch (not when the database was away)
     * @return false if it was no longer this replica's (its lease ran out and another took it)
     */
    boolean giveBack(ClaimedBatch batch, String replica, String error, boolean batchFailed) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("update rescoring_batch"
                        + " set claimed_by = null, lease_until = null, last_error = ?4, failures = failures + ?5"
                        + " where rescoring_id = ?1 and number = ?2 and claimed_by = ?3 and done_at is null")
                .setParameter(1, batch.rescoringId()).setParameter(2, batch.number()).setParameter(3, replica)
                .setParameter(4, error).setParameter(5, batchFailed ? 1 : 0).executeUpdate() == 1);
    }

    /** Gives back every batch {@code replica} still holds (it is stopping); returns how many. */
    int giveBackAll(String replica) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("update rescoring_batch"
                        + " set claimed_by = null, lease_until = null where claimed_by = ?1 and done_at is null")
                .setParameter(1, replica).executeUpdate());
    }

    /**
     * Locks the batch's row until the transaction ends and says whether it may still be stored: not
     * done by another replica (whose lease ran out on this one), and its run still running.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean lockOpen(ClaimedBatch batch) {
        List<?> open = entityManager.createNativeQuery("select b.done_at is null and r.status = 'running'"
                        + " from rescoring_batch b join rescoring r on r.id = b.rescoring_id"
                        + " where b.rescoring_id = ?1 and b.number = ?2 for update of b")
                .setParameter(1, batch.rescoringId()).setParameter(2, batch.number()).getResultList();
        return !open.isEmpty() && Boolean.TRUE.equals(open.get(0));
    }

    /**
     * Marks the batch done, adds its counts to the run, and ends the run when no batch is left open.
     * The run's row is locked by the first update, so of two replicas finishing the last two batches
     * the one that locks it second sees the other's batch done and ends the run.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void markDone(ClaimedBatch batch, String replica, AssessmentBatches.Outcome outcome) {
        entityManager.createNativeQuery("update rescoring_batch set done_at = clock_timestamp(), done_by = ?3,"
                        + " claimed_by = null, lease_until = null where rescoring_id = ?1 and number = ?2")
                .setParameter(1, batch.rescoringId()).setParameter(2, batch.number()).setParameter(3, replica)
                .executeUpdate();
        entityManager.createNativeQuery("update rescoring set processed = processed + ?2, skipped = skipped + ?3,"
                        + " changed_overall = changed_overall + ?4 where id = ?1")
                .setParameter(1, batch.rescoringId()).setParameter(2, outcome.stored() + outcome.skipped())
                .setParameter(3, outcome.skipped()).setParameter(4, outcome.changedOverall()).executeUpdate();
        entityManager.createNativeQuery("update rescoring set status = 'done', finished_at = clock_timestamp()"
                        + " where id = ?1 and status = 'running'"
                        + " and not exists (select 1 from rescoring_batch where rescoring_id = ?1 and done_at is null)")
                .setParameter(1, batch.rescoringId()).executeUpdate();
    }

    /** Ends the run as failed with the reason; the batches stored before stay stored. */
    void fail(UUID rescoringId, String error) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("update rescoring set status = 'failed',"
                        + " error = ?2, finished_at = clock_timestamp() where id = ?1 and status = 'running'")
                .setParameter(1, rescoringId).setParameter(2, error).executeUpdate());
    }
}
