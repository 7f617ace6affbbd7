package io.cnmm.rescoring;

import io.cnmm.assessment.AssessmentBatches;
import io.cnmm.publishing.CompiledRulesets;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * This replica's re-scoring worker: at every poll it renews its leases and, while it has a free
 * slot ({@code cnmm.rescoring.workers}), claims a batch and works through batches until none is
 * open. At shutdown it stops claiming, lets the batches in hand finish within the grace period and
 * gives back the rest, so that another replica takes them at once instead of after the lease.
 */
@ApplicationScoped
public class RescoringWorker {

    private static final Logger LOG = Logger.getLogger(RescoringWorker.class);

    @Inject
    RescoringConfig config;
    @Inject
    RescoringBatches batches;
    @Inject
    AssessmentBatches assessments;
    @Inject
    CompiledRulesets compiled;
    @Inject
    ManagedExecutor executor;

    private RescoringReplica replica;
    private Semaphore slots;
    private volatile boolean stopping;

    @PostConstruct
    void init() {
        replica = new RescoringReplica(uniqueName(), batches, assessments, compiled, config.lease(), config.maxAttempts(),
                config.maxLostClaims());
        slots = new Semaphore(config.workers());
    }

    /** The name this replica claims batches under, as {@code rescoring_batch.claimed_by} and {@code done_by} show it. */
    String replicaName() {
        return replica.name();
    }

    /** The pod's name where there is one (Kubernetes sets HOSTNAME), made unique per process. */
    private static String uniqueName() {
        String host = Optional.ofNullable(System.getenv("HOSTNAME")).filter(h -> !h.isBlank()).orElse("replica");
        return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A failed poll (database briefly away) is retried at the next one; leases are long enough to wait for it. */
    @Scheduled(every = "${cnmm.rescoring.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (stopping || config.workers() == 0) {
            return;
        }
        try {
            replica.renewLeases();
            fillSlots();
        } catch (RuntimeException e) {
            LOG.warnf("Re-scoring poll failed, trying again at the next: %s", e.getMessage());
        }
    }

    /** Looks for work now rather than at the next poll: a run was just started here. */
    void wake() {
        executor.execute(this::poll);
    }

    private void fillSlots() {
        while (!stopping && slots.tryAcquire()) {
            Optional<ClaimedBatch> claimed;
            try {
                claimed = replica.claim();
                if (claimed.isPresent()) {
                    executor.execute(() -> drain(claimed.get()));
                }
            } catch (RuntimeException e) {
                slots.release();
                throw e;
            }
            if (claimed.isEmpty()) {
                slots.release();
                return;
            }
        }
    }

    private void drain(ClaimedBatch first) {
        try {
            replica.drain(first, () -> !stopping);
        } catch (RuntimeException e) { // a claim failed (database away): the next poll tries again
            LOG.warnf("Re-scoring worker stopped until the next poll: %s", e.getMessage());
        } finally {
            slots.release();
        }
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        int workers = config.workers();
        if (workers > 0 && !slots.tryAcquire(workers, config.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.infof("Re-scoring batches still in hand after %s: giving them back", config.shutdownGrace());
        }
        try {
            int given = replica.giveBackAll();
            if (given > 0) {
                LOG.infof("Gave back %d re-scoring batches for other replicas to take", given);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Could not give back re-scoring batches (%s); they are claimed again when their leases run out",
                    e.getMessage());
        }
    }
}
