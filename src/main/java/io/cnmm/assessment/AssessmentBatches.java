package io.cnmm.assessment;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cnmm.audit.AuditAction;
import io.cnmm.evaluation.ActiveRuleset;
import io.cnmm.evaluation.InvalidFactsException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Re-evaluation of many stored assessments, a batch at a time: read the batch's facts in one
 * query, evaluate them in parallel outside any transaction, store the results in one transaction.
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

    private static final String ORIGINALS = "from assessment a where a.reevaluation_of is null";
    private static final String NEWEST = " and a.created_at = (select max(b.created_at) from assessment b"
            + " where b.enterprise_id = a.enterprise_id and b.reevaluation_of is null)";

    @Inject
    EntityManager entityManager;
    @Inject
    AssessmentRepository assessments;
    @Inject
    ObjectMapper json;
    @Inject
    AssessmentEvidence evidence;
    @Inject
    io.cnmm.observability.EvaluationMetrics evaluations;

    public long count(Scope scope) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) " + where(scope)).getSingleResult()).longValue());
    }

    /** The next ids in scope after {@code after}, in id order, so batches never overlap or skip. */
    @SuppressWarnings("unchecked")
    public List<UUID> next(Scope scope, UUID after, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select a.id " + where(scope) + " and a.id > ?1 order by a.id limit ?2", UUID.class)
                .setParameter(1, after).setParameter(2, limit).getResultList());
    }

    /** Re-evaluates and stores one batch; returns how many were stored, skipped and changed overall. */
    public Outcome reevaluate(List<UUID> ids, ActiveRuleset ruleset, UUID rescoringId) {
        List<Assessment> originals = QuarkusTransaction.requiringNew().call(() -> assessments
                .list("id in ?1", ids));
        Reevaluator reevaluator = new Reevaluator(json, evaluations, ruleset);
        List<Assessment> results = originals.parallelStream().map(original -> {
            try {
                Assessment reevaluated = reevaluator.reevaluation(original);
                reevaluated.rescoringId = rescoringId;
                return reevaluated;
            } catch (InvalidFactsException e) {
                return null;
            }
        }).toList();
        List<Assessment> stored = results.stream().filter(Objects::nonNull).toList();
        // Each one sealed into the chain and the audit log like any other re-evaluation.
        QuarkusTransaction.requiringNew().run(() -> {
            stored.forEach(assessments::persist);
            evidence.sealAll(stored.stream().map(reevaluated -> reevaluated.id).toList(), AuditAction.ASSESSMENT_REEVALUATED);
        });
        Map<UUID, Integer> before = new LinkedHashMap<>();
        originals.forEach(o -> before.put(o.id, o.overallLevel));
        int changed = (int) stored.stream().filter(r -> !Objects.equals(before.get(r.reevaluationOf), r.overallLevel)).count();
        return new Outcome(stored.size(), originals.size() - stored.size(), changed);
    }

    private static String where(Scope scope) {
        return ORIGINALS + (scope == Scope.latest ? NEWEST : "");
    }


    public record Outcome(int stored, int skipped, int changedOverall) {
    }
}
