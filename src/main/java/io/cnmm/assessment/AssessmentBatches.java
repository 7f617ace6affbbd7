package io.cnmm.assessment;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cnmm.audit.AuditAction;
import io.cnmm.evaluation.ActiveRuleset;
import io.cnmm.evaluation.InvalidFactsException;
import io.cnmm.observability.EvaluationMetrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Re-evaluation of many stored assessments, a batch at a time: read the batch's facts in one
 * query, evaluate them in parallel outside any transaction, then store the results in a
 * transaction the caller owns, so that it can record the batch as done in the same one.
 */
@ApplicationScoped
public class AssessmentBatches {

    /** The assessments a bulk re-evaluation covers: originals, not earlier re-evaluations. */
    public enum Scope {
        /** each enterprise's newest original assessment */
        latest,
        /** every original assessment */
        all
    }

    private static final String ORIGINALS = "select a.id from assessment a where a.reevaluation_of is null";
    private static final String NEWEST = " and a.created_at = (select max(b.created_at) from assessment b"
            + " where b.enterprise_id = a.enterprise_id and b.reevaluation_of is null)";

    @Inject
    AssessmentRepository assessments;
    @Inject
    ObjectMapper json;
    @Inject
    AssessmentEvidence evidence;
    @Inject
    EvaluationMetrics evaluations;

    /** SQL selecting the ids ({@code a.id}) of the assessments in scope, for a query that divides them into batches. */
    public static String idsInScope(Scope scope) {
        return ORIGINALS + (scope == Scope.latest ? NEWEST : "");
    }

    /** Evaluates a batch's originals again; nothing is stored. Facts the ruleset no longer accepts are skipped. */
    public Reevaluation evaluate(List<UUID> ids, ActiveRuleset ruleset, UUID rescoringId) {
        List<Assessment> originals = QuarkusTransaction.requiringNew().call(() -> assessments.list("id in ?1", ids));
        Reevaluator reevaluator = new Reevaluator(json, evaluations, ruleset);
        List<Assessment> results = originals.parallelStream().map(original -> {
            try {
                Assessment reevaluated = reevaluator.reevaluation(original);
                reevaluated.rescoringId = rescoringId;
                return reevaluated;
            } catch (InvalidFactsException e) {
                return null;
            }
        }).filter(Objects::nonNull).toList();
        Map<UUID, Integer> before = new HashMap<>();
        originals.forEach(o -> before.put(o.id, o.overallLevel));
        return new Reevaluation(results, before);
    }

    /**
     * Stores and seals a batch's re-evaluations in the caller's transaction, each sealed into the
     * chain and recorded in the audit log as {@code actor}'s like any other re-evaluation.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome store(Reevaluation reevaluation, String actor) {
        List<Assessment> stored = reevaluation.results();
        stored.forEach(assessments::persist);
        evidence.sealAll(stored.stream().map(reevaluated -> reevaluated.id).toList(), AuditAction.ASSESSMENT_REEVALUATED,
                actor);
        int changed = (int) stored.stream()
                .filter(r -> !Objects.equals(reevaluation.overallBefore().get(r.reevaluationOf), r.overallLevel)).count();
        return new Outcome(stored.size(), reevaluation.overallBefore().size() - stored.size(), changed);
    }

    /** A batch evaluated again and not yet stored, with each original's overall level to compare with. */
    public record Reevaluation(List<Assessment> results, Map<UUID, Integer> overallBefore) {
    }

    public record Outcome(int stored, int skipped, int changedOverall) {
    }
}
