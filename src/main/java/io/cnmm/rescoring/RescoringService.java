package io.cnmm.rescoring;

import io.cnmm.assessment.AssessmentBatches;
import io.cnmm.evaluation.ActiveRuleset;
import io.cnmm.problem.FieldError;
import io.cnmm.problem.NotFoundProblem;
import io.cnmm.problem.RequestProblem;
import io.cnmm.publishing.CompiledRulesets;
import io.cnmm.publishing.VersionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Re-evaluates stored assessments under a published version in the background, a batch per
 * transaction, a few batches at a time, recording progress after each batch. A failed batch stops
 * the run and says why; the batches stored before it stay stored, each one whole.
 */
@ApplicationScoped
public class RescoringService {

    private static final Logger LOG = Logger.getLogger(RescoringService.class);
    static final int DEFAULT_BATCH = 200;
    static final int MAX_BATCH = 5_000;
    private static final int WORKERS = Math.min(4, Math.max(2, Runtime.getRuntime().availableProcessors()));

    @Inject
    VersionRepository versions;
    @Inject
    CompiledRulesets compiled;
    @Inject
    AssessmentBatches batches;
    @Inject
    ManagedExecutor executor;
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
        rescoring.total = (int) batches.count(scope);
        QuarkusTransaction.requiringNew().run(() -> rescoring.persist());
        executor.runAsync(() -> run(rescoring.id, version, scope, batchSize));
        return RescoringView.of(rescoring);
    }

    public RescoringView get(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Rescoring.<Rescoring>findByIdOptional(id)
                .map(RescoringView::of).orElseThrow(() -> new NotFoundProblem("rescoring", id)));
    }

    private void run(UUID id, String version, AssessmentBatches.Scope scope, int batchSize) {
        try {
            ActiveRuleset ruleset = compiled.get(version);
            BatchCursor cursor = new BatchCursor(batches, scope, batchSize);
            // Storing a batch waits on PostgreSQL for much of its time, and its seals take the
            // chain's lock only briefly: a few batches in flight keep the cores busy.
            List<CompletableFuture<Void>> workers = IntStream.range(0, WORKERS)
                    .mapToObj(w -> CompletableFuture.runAsync(() -> work(id, ruleset, cursor), executor)).toList();
            CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).join();
            finish(id, Rescoring.Status.done, null);
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            LOG.errorf(cause, "Rescoring %s failed", id);
            finish(id, Rescoring.Status.failed, cause.getMessage());
        }
    }

    /** Takes batches until there are none left, or until another worker failed. */
    private void work(UUID id, ActiveRuleset ruleset, BatchCursor cursor) {
        try {
            for (List<UUID> batch = cursor.next(); !batch.isEmpty(); batch = cursor.next()) {
                progress(id, batches.reevaluate(batch, ruleset, id));
            }
        } catch (Throwable e) {
            cursor.stop();
            throw e;
        }
    }

    /** Adds a batch's counts in the database: the workers finish batches concurrently, so never read-modify-write. */
    private static void progress(UUID id, AssessmentBatches.Outcome outcome) {
        QuarkusTransaction.requiringNew().run(() -> Rescoring.update(
                "processed = processed + ?1, skipped = skipped + ?2, changedOverall = changedOverall + ?3 where id = ?4",
                outcome.stored() + outcome.skipped(), outcome.skipped(), outcome.changedOverall(), id));
    }

    private static void finish(UUID id, Rescoring.Status status, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            Rescoring rescoring = Rescoring.findById(id);
            rescoring.status = status;
            rescoring.error = error;
            rescoring.finishedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        });
    }

    private static AssessmentBatches.Scope scope(String scope) {
        try {
            return scope == null ? AssessmentBatches.Scope.latest : AssessmentBatches.Scope.valueOf(scope);
        } catch (IllegalArgumentException e) {
            throw new RequestProblem("scope is unknown", List.of(new FieldError("scope", "must be latest or all, was " + scope)));
        }
    }
}
