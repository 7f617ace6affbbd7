package io.cnmm.rescoring;

import io.cnmm.assessment.AssessmentBatches;
import io.cnmm.problem.FieldError;
import io.cnmm.problem.NotFoundProblem;
import io.cnmm.problem.RequestProblem;
import io.cnmm.publishing.VersionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Starts re-scorings and reports their progress. Starting one divides its assessments into batches
 * in the database, in the transaction that records the run; the replicas' workers
 * ({@link RescoringWorker}) do the work, so progress, read from the database, is the same on every
 * replica. A batch that keeps failing fails the run and says why; the batches stored before it stay
 * stored, each one whole.
 */
@ApplicationScoped
public class RescoringService {

    static final int DEFAULT_BATCH = 200;
    static final int MAX_BATCH = 5_000;

    @Inject
    VersionRepository versions;
    @Inject
    RescoringBatches batches;
    @Inject
    RescoringWorker worker;
    @Inject
    io.cnmm.audit.Caller caller;

    public RescoringView start(String ref, RescoringRequest request) {
        RescoringRequest given = request == null ? new RescoringRequest(null, null, null) : request;
        AssessmentBatches.Scope scope = scope(given.scope());
        int batchSize = given.batchSize() == null ? DEFAULT_BATCH : given.batchSize();
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new RequestProblem("batchSize is out of range",
                    List.of(new FieldError("batchSize", "must be from 1 to " + MAX_BATCH + ", was " + batchSize)));
        }
        String version = QuarkusTransaction.requiringNew().call(() -> versions.resolve(ref).digest);
        Rescoring rescoring = new Rescoring();
        rescoring.id = UUID.randomUUID();
        rescoring.rulesetVersion = version;
        rescoring.requestedBy = caller.who(given.author()); // the signed-in user; a claimed name counts only offline
        rescoring.requestedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        rescoring.scope = scope.name();
        rescoring.batchSize = batchSize;
        rescoring.status = Rescoring.Status.running;
        QuarkusTransaction.requiringNew().run(() -> {
            rescoring.persistAndFlush();
            rescoring.total = batches.plan(rescoring.id, scope, batchSize);
            if (rescoring.total == 0) {
                rescoring.status = Rescoring.Status.done;
                rescoring.finishedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            }
        });
        worker.wake();
        return RescoringView.of(rescoring);
    }

    public RescoringView get(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Rescoring.<Rescoring>findByIdOptional(id)
                .map(RescoringView::of).orElseThrow(() -> new NotFoundProblem("rescoring", id)));
    }

    private static AssessmentBatches.Scope scope(String scope) {
        try {
            return scope == null ? AssessmentBatches.Scope.latest : AssessmentBatches.Scope.valueOf(scope);
        } catch (IllegalArgumentException e) {
            throw new RequestProblem("scope is unknown", List.of(new FieldError("scope", "must be latest or all, was " + scope)));
        }
    }
}
