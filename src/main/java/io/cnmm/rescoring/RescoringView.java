package io.cnmm.rescoring;

import java.time.Instant;
import java.util.UUID;

/**
 * A bulk re-evaluation as the API shows it.
 *
 * @param changedOverall re-evaluated assessments whose overall level differs from the original's
 * @param perSecond      assessments re-evaluated and stored per second so far
 */
public record RescoringView(UUID id, String rulesetVersion, String requestedBy, Instant requestedAt, String scope,
                            int batchSize, String status, int total, int processed, int changedOverall,
                            int skipped, Instant finishedAt, Double perSecond, String error) {

    static RescoringView of(Rescoring r) {
        Instant end = r.finishedAt == null ? Instant.now() : r.finishedAt;
        double seconds = Math.max(0.001, java.time.Duration.between(r.requestedAt, end).toNanos() / 1e9);
        return new RescoringView(r.id, r.rulesetVersion, r.requestedBy, r.requestedAt, r.scope, r.batchSize,
                r.status.name(), r.total, r.processed, r.changedOverall, r.skipped, r.finishedAt,
                Math.round(r.processed / seconds * 10) / 10.0, r.error);
    }
}
