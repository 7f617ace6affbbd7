package io.cnmm.rescoring;

import java.util.List;
import java.util.UUID;

/**
 * A batch a replica holds under a lease.
 *
 * @param rulesetVersion the version the run re-evaluates under
 * @param requestedBy    who started the run: the audit log names them for every re-evaluation it stores
 * @param attempts       claims of this batch so far, this one included
 */
record ClaimedBatch(UUID rescoringId, int number, String rulesetVersion, String requestedBy, int attempts,
                    int failures, List<UUID> assessmentIds) {

    @Override
    public String toString() {
        return "batch " + number + " of re-scoring " + rescoringId;
    }
}
