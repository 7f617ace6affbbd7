package io.cnmm.rescoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A replica that dies holding a batch, and one that stops: their batches are worked by another
 * replica, after the lease runs out or at once when given back, and each original is still
 * re-evaluated exactly once, even when the "dead" replica comes back and finishes its old batch.
 */
@QuarkusTest
@TestProfile(NoLocalRescoringWorker.class)
class RescoringLeaseTest {

    private static final int BATCH = 3;

    @Inject
    RescoringFixture fixture;

    @BeforeEach
    void severalBatches() {
        fixture.originals(9);
    }

    @Test
    void aDeadReplicasBatchIsTakenByAnotherOnlyOnceItsLeaseRunsOut() {
        UUID run = fixture.start(BATCH);
        RescoringReplica dead = fixture.replica("replica-dead");
        RescoringReplica survivor = fixture.replica("replica-survivor");
        ClaimedBatch abandoned = dead.claim().orElseThrow();

        drain(survivor);
        JsonPath waiting = fixture.progress(run);
        assertEquals("running", waiting.getString("status"), "one batch is still held under a lease");
        assertEquals(waiting.getInt("total") - abandoned.assessmentIds().size(), waiting.getInt("processed"));
        assertTrue(survivor.claim().isEmpty(), "a batch under a lease is nobody else's");

        fixture.leasesRunOut("replica-dead");
        ClaimedBatch retaken = survivor.claim().orElseThrow();
        assertEquals(abandoned.number(), retaken.number());
        assertEquals(2, retaken.attempts());
        assertTrue(survivor.work(retaken));
        assertEquals("done", fixture.progress(run).getString("status"));

        // The replica was only stalled: it comes back and finishes the batch it once held.
        assertFalse(dead.work(abandoned), "a batch already stored is not stored again");
        assertExactlyOnce(run);
    }

    @Test
    void aStoppingReplicaGivesBackItsBatchForAnotherToTakeAtOnce() {
        UUID run = fixture.start(BATCH);
        RescoringReplica stopping = fixture.replica("replica-stopping");
        RescoringReplica other = fixture.replica("replica-other");
        ClaimedBatch held = stopping.claim().orElseThrow();

        assertEquals(1, stopping.giveBackAll());
        ClaimedBatch taken = other.claim().orElseThrow();
        assertEquals(held.number(), taken.number(), "given back, its lease no longer holds it");
        assertTrue(other.work(taken));
        drain(other);

        assertEquals("done", fixture.progress(run).getString("status"));
        assertExactlyOnce(run);
    }

    @Test
    void aBatchThatEveryReplicaLosesFailsTheRunInsteadOfGoingRoundForever() {
        UUID run = fixture.start(BATCH);
        ClaimedBatch first = null;
        // Each replica claims the same batch and "dies" with it: its lease runs out.
        for (int lost = 0; lost < RescoringFixture.MAX_LOST_CLAIMS; lost++) {
            RescoringReplica crashing = fixture.replica("replica-crashing-" + lost);
            ClaimedBatch claimed = crashing.claim().orElseThrow();
            assertEquals(lost, claimed.lostClaims());
            if (first != null) {
                assertEquals(first.number(), claimed.number(), "the lost batch is the first open one again");
            }
            first = claimed;
            fixture.leasesRunOut("replica-crashing-" + lost);
        }
        assertEquals("running", fixture.progress(run).getString("status"));

        RescoringReplica next = fixture.replica("replica-next");
        assertTrue(next.claim().isEmpty(), "the failed run's batches are nobody's to claim");
        Object[] statusAndError = fixture.statusAndError(run);
        assertEquals("failed", statusAndError[0]);
        assertTrue(String.valueOf(statusAndError[1]).contains("batch " + first.number() + " of re-scoring " + run
                + " was lost 3 times by replicas that stopped renewing its lease")
                && String.valueOf(statusAndError[1]).contains("(last: replica-crashing-2)"), String.valueOf(statusAndError[1]));
        assertEquals(0, fixture.heldBy("replica-next"), "the batch that failed the run is not kept in hand");
    }

    @Test
    void aBatchGivenBackAtShutdownIsNotCountedAsLost() {
        UUID run = fixture.start(BATCH);
        for (int stop = 0; stop < RescoringFixture.MAX_LOST_CLAIMS + 1; stop++) {
            RescoringReplica stopping = fixture.replica("replica-stopping-" + stop);
            assertEquals(0, stopping.claim().orElseThrow().lostClaims());
            assertEquals(1, stopping.giveBackAll());
        }
        drain(fixture.replica("replica-last"));
        assertEquals("done", fixture.progress(run).getString("status"));
        assertExactlyOnce(run);
    }

    private static void drain(RescoringReplica replica) {
        for (Optional<ClaimedBatch> next = replica.claim(); next.isPresent(); next = replica.claim()) {
            assertTrue(replica.work(next.get()));
        }
    }

    private void assertExactlyOnce(UUID run) {
        JsonPath progress = fixture.progress(run);
        assertEquals(progress.getInt("total"), progress.getInt("processed"));
        long[] stored = fixture.stored(run);
        assertEquals(progress.getLong("total"), stored[0]);
        assertEquals(progress.getLong("total"), stored[1]);
        assertEquals(0, fixture.missing(run));
    }
}
