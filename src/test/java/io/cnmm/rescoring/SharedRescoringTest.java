package io.cnmm.rescoring;

import static io.cnmm.testsupport.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Re-scoring shared by replicas: stand-in replicas (distinct names, their own threads, the real
 * PostgreSQL) claim a run's batches concurrently, and the database shows each original re-evaluated
 * exactly once. This process takes no batches itself, so every batch is the stand-ins' work.
 */
@QuarkusTest
@TestProfile(NoLocalRescoringWorker.class)
class SharedRescoringTest {

    private static final int BATCH = 2;

    @Inject
    RescoringFixture fixture;

    @BeforeEach
    void severalBatches() {
        fixture.originals(12);
    }

    @Test
    void threeReplicasClaimingAtOnceReevaluateEachOriginalExactlyOnce() throws Exception {
        UUID run = fixture.start(BATCH);
        List<String> names = List.of("replica-a", "replica-b", "replica-c");
        // Each claims one batch before any works, so three replicas certainly hold batches at the same time.
        CyclicBarrier allHoldOne = new CyclicBarrier(names.size());
        ExecutorService threads = Executors.newFixedThreadPool(names.size());
        List<Future<Integer>> stored = names.stream().map(name -> threads.submit(() -> {
            RescoringReplica replica = fixture.replica(name);
            Optional<ClaimedBatch> first = replica.claim();
            allHoldOne.await();
            int mine = first.map(replica::work).orElse(false) ? 1 : 0;
            for (Optional<ClaimedBatch> next = replica.claim(); next.isPresent(); next = replica.claim()) {
                mine += replica.work(next.get()) ? 1 : 0;
            }
            return mine;
        })).toList();
        int batchesStored = 0;
        for (Future<Integer> each : stored) {
            int byThisReplica = each.get();
            assertTrue(byThisReplica >= 1, "every replica stored at least the batch it held");
            batchesStored += byThisReplica;
        }
        threads.shutdown();

        JsonPath progress = fixture.progress(run);
        assertEquals("done", progress.getString("status"), "the last batch stored ended the run");
        assertEquals(progress.getInt("total"), progress.getInt("processed"));
        assertTrue(progress.getInt("total") >= 12);
        long[] rows = fixture.stored(run);
        assertEquals(progress.getLong("total"), rows[0], "one re-evaluation per original");
        assertEquals(progress.getLong("total"), rows[1], "of distinct originals");
        assertEquals(0, fixture.missing(run), "no original of the run's batches was skipped");
        List<String> doneBy = fixture.doneBy(run);
        assertEquals(batchesStored, doneBy.size(), "each batch stored once, by one of the replicas");
        assertEquals(new HashSet<>(names), new HashSet<>(doneBy));
        given().get("/api/audit/verification").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void progressReadThroughTheApiIsWhatTheDatabaseHolds() {
        UUID run = fixture.start(BATCH);
        RescoringReplica replica = fixture.replica("replica-a");
        for (int i = 0; i < 2; i++) {
            assertTrue(replica.work(replica.claim().orElseThrow()));
        }

        JsonPath halfway = fixture.progress(run);
        assertEquals("running", halfway.getString("status"));
        assertEquals(2 * BATCH, halfway.getInt("processed"));
        assertEquals(fixture.stored(run)[0], halfway.getLong("processed"));
        assertEquals(0, halfway.getInt("skipped"));

        for (Optional<ClaimedBatch> next = replica.claim(); next.isPresent(); next = replica.claim()) {
            replica.work(next.get());
        }
        JsonPath done = fixture.progress(run);
        assertEquals("done", done.getString("status"));
        assertEquals(done.getInt("total"), done.getInt("processed"));
        assertEquals(fixture.stored(run)[0], done.getLong("processed"));
        assertFalse(done.getString("finishedAt").isBlank());
    }
}
