package io.cnmm.rescoring;

import io.cnmm.assessment.AssessmentBatches;
import io.cnmm.database.ConnectionFailures;
import io.cnmm.publishing.CompiledRulesets;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * One replica's share of the re-scorings: claims open batches under its name, re-evaluates them and
 * stores each with its batch marked done in one transaction. A replica that dies mid-batch leaves
 * nothing half-stored; its batch is claimed again when the lease runs out. Whoever stores a batch
 * first wins: the store locks the batch's row and refuses a batch already done, so a replica that
 * outlived its lease wastes its work but never doubles it.
 */
final class RescoringReplica {

    private static final Logger LOG = Logger.getLogger(RescoringReplica.class);

    private final String name;
    private final RescoringBatches batches;
    private final AssessmentBatches assessments;
    private final CompiledRulesets compiled;
    private final Duration lease;
    private final int maxAttempts;
    private final int maxLostClaims;
    /** The batches being worked on now, whose leases {@link #renewLeases()} extends; no others. */
    private final Set<ClaimedBatch> inHand = ConcurrentHashMap.newKeySet();

    RescoringReplica(String name, RescoringBatches batches, AssessmentBatches assessments, CompiledRulesets compiled,
                     Duration lease, int maxAttempts, int maxLostClaims) {
        this.name = name;
        this.batches = batches;
        this.assessments = assessments;
        this.compiled = compiled;
        this.lease = lease;
        this.maxAttempts = maxAttempts;
        this.maxLostClaims = maxLostClaims;
    }

    String name() {
        return name;
    }

    /** Claims an open batch; one lost too often by the replicas before fails its run, and the next is claimed. */
    Optional<ClaimedBatch> claim() {
        for (Optional<ClaimedBatch> claimed = batches.claim(name, lease); claimed.isPresent();
             claimed = batches.claim(name, lease)) {
            ClaimedBatch batch = claimed.get();
            if (batch.lostClaims() < maxLostClaims) {
                inHand.add(batch);
                return claimed;
            }
            String reason = "%s was lost %d times by replicas that stopped renewing its lease while working on it (last: %s);"
                    .formatted(batch, batch.lostClaims(), batch.lostBy())
                    + " it may crash the process that evaluates it: see those replicas' logs";
            LOG.errorf("Re-scoring %s failed: %s", batch.rescoringId(), reason);
            batches.fail(batch.rescoringId(), reason);
            batches.giveBack(batch, name, reason, false);
        }
        return Optional.empty();
    }

    /** Works on claimed batches, then claims more, while {@code carryOn} holds and there are any. */
    void drain(ClaimedBatch first, BooleanSupplier carryOn) {
        work(first);
        for (Optional<ClaimedBatch> next = claimWhile(carryOn); next.isPresent(); next = claimWhile(carryOn)) {
            work(next.get());
        }
    }

    private Optional<ClaimedBatch> claimWhile(BooleanSupplier carryOn) {
        return carryOn.getAsBoolean() ? claim() : Optional.empty();
    }

    /**
     * Re-evaluates and stores the batch; an error gives it back for another try, and after
     * {@code maxAttempts} claims that ended in one it fails the run.
     *
     * @return whether this replica stored it (false: stored by another, or the run ended meanwhile)
     */
    boolean work(ClaimedBatch batch) {
        inHand.add(batch);
        try {
            var reevaluation = assessments.evaluate(batch.assessmentIds(), compiled.get(batch.rulesetVersion()),
                    batch.rescoringId());
            boolean stored = QuarkusTransaction.requiringNew().call(() -> {
                if (!batches.lockOpen(batch)) {
                    return false;
                }
                batches.markDone(batch, name, assessments.store(reevaluation, batch.requestedBy()));
                return true;
            });
            if (!stored) {
                LOG.infof("Replica %s dropped %s: stored by another replica, or the run ended", name, batch);
            }
            return stored;
        } catch (RuntimeException | Error e) { // an Error from the engine too: else the batch would stay claimed
            failed(batch, e);
            return false;
        } finally {
            inHand.remove(batch);
        }
    }

    private void failed(ClaimedBatch batch, Throwable e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        boolean batchFailed = !ConnectionFailures.isDatabaseUnavailable(e); // an outage is not the batch's fault
        int failures = batch.failures() + (batchFailed ? 1 : 0);
        try {
            if (!batches.giveBack(batch, name, reason, batchFailed)) {
                LOG.warnf("Replica %s failed on %s, which another replica has taken meanwhile: %s", name, batch, reason);
            } else if (failures >= maxAttempts) {
                LOG.errorf(e, "Re-scoring %s failed: %s failed %d times", batch.rescoringId(), batch, failures);
                batches.fail(batch.rescoringId(), reason);
            } else {
                LOG.warnf("Replica %s gave back %s after an error (%d of %d allowed): %s", name, batch,
                        failures, maxAttempts, reason);
            }
        } catch (RuntimeException again) { // the database is away: the lease runs out and another replica retries
            LOG.warnf("Replica %s could not give back %s (%s); it is claimed again when its lease runs out", name,
                    batch, again.getMessage());
        }
    }

    /** Extends the leases of the batches in hand; a replica that stops renewing loses them. */
    void renewLeases() {
        for (ClaimedBatch batch : inHand) {
            batches.renew(batch, name, lease);
        }
    }

    /** Gives back every batch still in hand, so that other replicas take them at once; returns how many. */
    int giveBackAll() {
        return batches.giveBackAll(name);
    }
}
