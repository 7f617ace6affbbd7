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
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Re-evaluates stored assessments under a published version in the background, a batch per
 * transaction, recording progress after each batch. A failed batch stops the run and says why;
 * the batches before it stay stored, each one whole.
 */
@ApplicationScoped
public class RescoringService {

    private static final Logger LOG = Logger.getLogger(RescoringService.class);
    static final int DEFAULT_BATCH = 200;
    static final int MAX_BATCH = 5_000;

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
            UUID after = new UUID(0, 0); // PostgreSQL orders uuids as unsigned bytes: this is the smallest
            for (List<UUID> batch = batches.next(scope, after, batchSize); !batch.isEmpty();
                 batch = batches.next(scope, after, batchSize)) {
                AssessmentBatches.Outcome outcome = batches.reevaluate(batch, ruleset, id);
                after = batch.get(batch.size() - 1);
                progress(id, outcome);
            }
            finish(id, Rescoring.Status.done, null);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Rescoring %s failed", id);
            finish(id, Rescoring.Status.failed, e.getMessage());
        }
    }

    private static void progress(UUID id, AssessmentBatches.Outcome outcome) {
        QuarkusTransaction.requiringNew().run(() -> {
            Rescoring rescoring = Rescoring.findById(id);
            rescoring.processed += outcome.stored() + outcome.skipped();
            rescoring.skipped += outcome.skipped();
            rescoring.changedOverall += outcome.changedOverall();
        });
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
