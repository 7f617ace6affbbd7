package io.cnmm.rescoring;

import io.cnmm.assessment.AssessmentBatches;
import java.util.List;
import java.util.UUID;

/** Hands out a re-scoring's batches in id order, each once, to however many workers ask. */
final class BatchCursor {

    private final AssessmentBatches batches;
    private final AssessmentBatches.Scope scope;
    private final int size;
    private UUID after = new UUID(0, 0); // PostgreSQL orders uuids as unsigned bytes: this is the smallest
    private boolean stopped;

    BatchCursor(AssessmentBatches batches, AssessmentBatches.Scope scope, int size) {
        this.batches = batches;
        this.scope = scope;
        this.size = size;
    }

    /** The next batch's ids; empty when there are none left or the run stopped. */
    synchronized List<UUID> next() {
        if (stopped) {
            return List.of();
        }
        List<UUID> batch = batches.next(scope, after, size);
        if (!batch.isEmpty()) {
            after = batch.get(batch.size() - 1);
        }
        return batch;
    }

    synchronized void stop() {
        stopped = true;
    }
}
