package io.cnmm.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cnmm.audit.CanonicalJson;
import io.cnmm.enterprise.EnterpriseRepository;
import io.cnmm.enterprise.Enterprise;
import io.cnmm.evaluation.EvaluationEngine;
import io.cnmm.evaluation.EvaluationResult;
import io.cnmm.evaluation.FactParser;
import io.cnmm.evaluation.SubmittedFacts;
import io.cnmm.evaluation.TraceEntry;
import io.cnmm.testsupport.Examples;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Assessments are stored whole, exactly as evaluated, or not at all. */
@QuarkusTest
class AssessmentPersistenceTest {

    @Inject
    EvaluationEngine engine;
    @Inject
    AssessmentRepository assessments;
    @Inject
    EnterpriseRepository enterprises;
    @Inject
    EntityManager entityManager;

    @ParameterizedTest
    @ValueSource(strings = {"just-starting", "progressing", "leading"})
    void readsBackExactlyTheResultItStored(String profile) {
        UUID enterprise = newEnterprise();
        EvaluationResult result = evaluate(profile);
        Assessment assessment = Assessment.of(enterprise, Map.of("containerized_pct", 55), result, engine.current().version());
        QuarkusTransaction.requiringNew().run(() -> assessments.persist(assessment));

        EvaluationResult stored = QuarkusTransaction.requiringNew().call(() -> assessments.findById(assessment.id).toResult());

        // What the seal covers: the same canonical JSON, member for member and number for number.
        assertEquals(CanonicalJson.write(result), CanonicalJson.write(stored));
        assertEquals(result.trace().size(), stored.trace().size());
        assertEquals(result.trace().size(), documentLength("trace", assessment.id), "one trace document entry per firing");
        assertEquals(result.indicators().size(), documentLength("indicators", assessment.id));
    }

    @Test
    void aFailureWhileStoringLeavesNothingBehind() {
        UUID enterprise = newEnterprise();
        EvaluationResult result = evaluate("leading");
        // PostgreSQL refuses a NUL character in jsonb, so the trace fails the insert.
        List<TraceEntry> trace = List.of(new TraceEntry(1, "rule", "file", "stage", "T-RM-01", 2,
                List.of(Map.of("fact", "containerized_pct", "value", "\u0000")), List.of()));
        EvaluationResult broken = new EvaluationResult(result.modelVersion(), result.rulesetDigest(), result.overall(),
                List.of(), List.of(), List.of(), List.of(), List.of(), trace);
        Assessment assessment = Assessment.of(enterprise, Map.of(), broken, engine.current().version());

        assertThrows(RuntimeException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> assessments.persist(assessment)));

        assertEquals(0, count("select count(*) from assessment where id = :id", assessment.id));
        assertEquals(0, count("select count(*) from assessment_seal where assessment_id = :id", assessment.id));
    }

    private EvaluationResult evaluate(String profile) {
        SubmittedFacts parsed = new FactParser(engine.model()).parse(Examples.facts(profile));
        return engine.evaluator().evaluate(parsed);
    }

    private UUID newEnterprise() {
        Enterprise enterprise = Enterprise.create("Persistence Co", null);
        QuarkusTransaction.requiringNew().run(() -> enterprises.persist(enterprise));
        return enterprise.id;
    }

    private long documentLength(String column, UUID assessment) {
        return count("select jsonb_array_length(" + column + ") from assessment where id = :id", assessment);
    }

    private long count(String sql, UUID assessment) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter("id", assessment).getSingleResult()).longValue());
    }
}
