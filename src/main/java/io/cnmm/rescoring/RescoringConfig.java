package io.cnmm.rescoring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How this replica takes part in re-scorings, keys under {@code cnmm.rescoring.} (docs/operations.md). */
@ConfigMapping(prefix = "cnmm.rescoring")
public interface RescoringConfig {

    /**
     * How long a claimed batch stays this replica's without word from it. Renewed at every poll
     * while the batch is worked on, so it bounds how long a dead replica's batch waits, not how long
     * a batch may take.
     */
    @WithDefault("60s")
    Duration lease();

    /** How often the replica looks for open batches of any running re-scoring, and renews its leases. */
    @WithDefault("2s")
    Duration pollInterval();

    /** Batches this replica works on at once; 0: it takes none (it still starts runs and reports progress). */
    @WithDefault("2")
    int workers();

    /** Errors of one batch's own (not database outages, expired leases or shutdowns) before the run is marked failed. */
    @WithDefault("3")
    int maxAttempts();

    /**
     * Times one batch may be lost by a replica whose lease ran out while it held it before the run is
     * marked failed. A replica that dies loses its batches once; a batch that kills every JVM that
     * evaluates it (out of memory, a crash in native code) would otherwise go round the replicas forever.
     */
    @WithDefault("5")
    int maxLostClaims();

    /** At shutdown, how long the batches in hand may take to finish; those that do not are given back. */
    @WithDefault("20s")
    Duration shutdownGrace();
}
