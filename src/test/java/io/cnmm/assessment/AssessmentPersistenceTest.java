package io.cnmm.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Assessments are stored whole, in every table, or not at all. */
@QuarkusTest
class AssessmentPersistenceTest {

    private static final List<String> TABLES = List.of("assessment_indicator", "assessment_aggregate",
            "assessment_advice", "assessment_trace");

    @Inject
    EvaluationEngine engine;
    @Inject
    AssessmentRepository assessments;
    @Inject
    EnterpriseRepository enterprises;
    @Inject
    EntityManager entityManager;

    @Test
    void storesEveryPartOfAnAssessment() {
        UUID enterprise = newEnterprise();
        EvaluationResult result = evaluate("progressing");
        Assessment assessment = Assessment.of(enterprise, Map.of("containerized_pct", 55), result, engine.current().version());
        QuarkusTransaction.requiringNew().run(() -> assessments.persist(assessment));
        assertEquals(result.indicators().size(), rows("assessment_indicator", assessment.id));
        assertEquals(result.domains().size() + result.characteristics().size() + result.parts().size(),
                rows("assessment_aggregate", assessment.id));
        assertEquals(result.advice().size(), rows("assessment_advice", assessment.id));
        assertEquals(result.trace().size(), rows("assessment_trace", assessment.id));
    }

    @Test
    void aFailureWhileStoringLeavesNoRowBehind() {
        UUID enterprise = newEnterprise();
        EvaluationResult result = evaluate("leading");
        // The last trace row breaks a column limit, so the database refuses it after the others were sent.
        List<TraceEntry> trace = new ArrayList<>(result.trace());
        trace.add(new TraceEntry(trace.size() + 1, "rule", "file", "stage", "X".repeat(50), 2, List.of(), List.of()));
        EvaluationResult broken = new EvaluationResult(result.modelVersion(), result.rulesetDigest(), result.overall(),
                result.parts(), result.characteristics(), result.domains(), result.indicators(), result.advice(), trace);
        Assessment assessment = Assessment.of(enterprise, Map.of(), broken, engine.current().version());

        assertThrows(RuntimeException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> assessments.persist(assessment)));

        assertEquals(0, rows("assessment", assessment.id));
        for (String table : TABLES) {
            assertEquals(0, rows(table, assessment.id), table);
        }
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

    private long rows(String table, UUID assessment) {
        String column = "assessment".equals(table) ? "id" : "assessment_id";
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from " + table + " where " + column + " = :id")
                .setParameter("id", assessment).getSingleResult()).longValue());
    }
}
