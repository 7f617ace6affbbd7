package io.cnmm.assessment;

import io.cnmm.enterprise.EnterpriseService;
import io.cnmm.evaluation.EvaluationEngine;
import io.cnmm.evaluation.EvaluationResult;
import io.cnmm.evaluation.Evaluator;
import io.cnmm.evaluation.FactParser;
import io.cnmm.evaluation.SubmittedFacts;
import io.cnmm.problem.FieldError;
import io.cnmm.problem.NotFoundProblem;
import io.cnmm.problem.RequestProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Submits and reads assessments. A submission is checked, evaluated and stored in one
 * transaction: either the whole assessment is stored, or nothing is.
 */
@ApplicationScoped
public class AssessmentService {

    @Inject
    EvaluationEngine engine;
    @Inject
    EnterpriseService enterprises;
    @Inject
    AssessmentRepository assessments;

    @Transactional
    public AssessmentView submit(UUID enterpriseId, AssessmentRequest request) {
        enterprises.requireExists(enterpriseId);
        if (request == null || request.facts() == null || request.facts().isEmpty()) {
            throw new RequestProblem("an assessment needs at least one fact",
                    List.of(new FieldError("facts", "must hold at least one fact; GET /api/model lists them")));
        }
        Evaluator evaluator = engine.evaluator();
        SubmittedFacts facts = new FactParser(evaluator.model()).parse(request.facts());
        EvaluationResult result = evaluator.evaluate(facts);
        Assessment assessment = Assessment.of(enterpriseId, facts.values(), result);
        assessments.persist(assessment);
        return AssessmentView.of(assessment);
    }

    public AssessmentView get(UUID id) {
        return assessments.findByIdOptional(id).map(AssessmentView::of)
                .orElseThrow(() -> new NotFoundProblem("assessment", id));
    }

    public List<AssessmentSummary> history(UUID enterpriseId) {
        enterprises.requireExists(enterpriseId);
        return assessments.listForEnterprise(enterpriseId).stream().map(AssessmentSummary::of).toList();
    }
}
