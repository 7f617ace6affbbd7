package io.cnmm.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/** Deletes expired Idempotency-Keys, on every replica: a delete that finds nothing costs nothing. */
@ApplicationScoped
public class IdempotencyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    @Inject
    IdempotencyRecords records;

    @Scheduled(every = "${cnmm.idempotency.purge-interval:1h}", delayed = "${cnmm.idempotency.purge-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        purgeExpired();
    }

    @Transactional
    public int purgeExpired() {
        int purged = records.purgeExpired();
        if (purged > 0) {
            LOG.debugf("Purged %d expired idempotency keys", purged);
        }
        return purged;
    }
}
