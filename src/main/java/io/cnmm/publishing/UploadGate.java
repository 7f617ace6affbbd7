package io.cnmm.publishing;

import io.cnmm.problem.BusyProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One ruleset check at a time on a replica. Checking an upload (compiling it, running its
 * scenarios) takes a core for seconds, up to the limits of a scenario run; the assessors' requests
 * need the others. A second upload waits a little for the first, then is answered 503 with a time
 * to come back, rather than held for minutes.
 */
@ApplicationScoped
class UploadGate {

    private static final long WAIT_SECONDS = 20;

    private final Semaphore permit = new Semaphore(1, true);

    <T> T oneAtATime(Supplier<T> check) {
        try {
            if (!permit.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new BusyProblem("another ruleset is being checked on this replica; try again in a minute", 60);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyProblem("the service is stopping; try again in a minute", 60);
        }
        try {
            return check.get();
        } finally {
            permit.release();
        }
    }
}
