package io.cnmm.rescoring;

import java.util.List;
import java.util.UUID;

/**
 * A batch a replica holds under a lease.
 *
 * @param rulesetVersion the version the run re-evaluates under
 * @param requestedBy    who started the run: the audit log names them for every re-evaluation it stores
 * @param attempts       claims of this batch so far, this one included
 * @param failures       claims that ended in an error of the batch's own
 * @param lostClaims     claims whose replica's lease ran out while it held the batch (it died or hung)
 * @param lostBy         the replica that held it last when its lease ran out; null when nobody did
 */
record ClaimedBatch(UUID rescoringId, int number, String rulesetVersion, String requestedBy, int attempts,
                    int failures, int lostClaims, String lostBy, List<UUID> assessmentIds) {

    @Override
    public String toString() {
        return "batch " + number + " of re-scoring " + rescoringId;
    }
}
