package io.cnmm.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * {@code cnmm.seal.lock.wait}: time spent waiting for the evidence lock (the advisory lock that
 * serialises appends to the seal chain and the audit log across replicas). Rising waits mean
 * writers queue behind each other: the limit on how many assessments all replicas together store.
 */
@ApplicationScoped
public class SealLockMetrics {

    @Inject
    MeterRegistry registry;

    /** Runs {@code acquire}, which blocks until the lock is held, and records how long it blocked. */
    public void waitFor(Runnable acquire) {
        Timer.builder("cnmm.seal.lock.wait")
                .description("Waits for the evidence lock of the seal chain and audit log, per acquisition")
                .register(registry)
                .record(acquire);
    }
}
