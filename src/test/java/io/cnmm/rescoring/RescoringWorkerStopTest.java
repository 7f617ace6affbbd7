package io.cnmm.rescoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnmm.assessment.AssessmentBatches;
import io.cnmm.publishing.CompiledRulesets;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.junit.jupiter.api.Test;

/**
 * A replica's worker at shutdown: the batch it is working on is finished and stored, none is left
 * claimed in its name, and it claims nothing afterwards. (Giving back a batch that outlasts the
 * grace period is {@link RescoringLeaseTest}'s.)
 */
@QuarkusTest
@TestProfile(NoLocalRescoringWorker.class)
class RescoringWorkerStopTest {

    @Inject
    RescoringFixture fixture;
    @Inject
    RescoringBatches batches;
    @Inject
    AssessmentBatches assessments;
    @Inject
    CompiledRulesets compiled;
    @Inject
    ManagedExecutor executor;

    @Test
    void finishesTheBatchInHandAndClaimsNoMore() throws InterruptedException {
        fixture.originals(6);
        RescoringWorker worker = worker();
        UUID before = fixture.start(2);

        worker.poll(); // claims a batch and works on it in the background
        worker.onStop(null); // waits for it: the grace period here is only a ceiling

        List<String> doneBy = fixture.doneBy(before);
        assertTrue(doneBy.contains(worker.replicaName()), "the batch in hand was stored: " + doneBy);
        assertEquals(0, fixture.heldBy(worker.replicaName()), "nothing left claimed in its name");
        UUID after = fixture.start(2);
        worker.poll();
        assertEquals(0, fixture.heldBy(worker.replicaName()));
        assertTrue(fixture.doneBy(after).stream().allMatch("-"::equals), "a stopped replica takes no batch");
        drain(before);
        drain(after);
    }

    /** A second worker in this process, as another replica's would be, with one slot. */
    private RescoringWorker worker() {
        RescoringWorker worker = new RescoringWorker();
        worker.config = new OneSlot();
        worker.batches = batches;
        worker.assessments = assessments;
        worker.compiled = compiled;
        worker.executor = executor;
        worker.init();
        return worker;
    }

    /** Leaves no run open for the tests after this one. */
    private void drain(UUID run) {
        RescoringReplica replica = fixture.replica("replica-cleanup");
        for (var next = replica.claim(); next.isPresent(); next = replica.claim()) {
            replica.work(next.get());
        }
        assertEquals("done", fixture.progress(run).getString("status"));
    }

    private static final class OneSlot implements RescoringConfig {
        public Duration lease() {
            return Duration.ofHours(1);
        }

        public Duration pollInterval() {
            return Duration.ofSeconds(2);
        }

        public int workers() {
            return 1;
        }

        public int maxAttempts() {
            return 3;
        }

        public int maxLostClaims() {
            return 5;
        }

        public Duration shutdownGrace() {
            return Duration.ofHours(1);
        }
    }
}
