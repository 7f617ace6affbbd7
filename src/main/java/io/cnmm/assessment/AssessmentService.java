package io.cnmm.assessment;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cnmm.audit.AssessmentChain;
import io.cnmm.audit.AuditAction;
import io.cnmm.enterprise.EnterpriseService;
import io.cnmm.evaluation.ActiveRuleset;
import io.cnmm.evaluation.Coverage;
import io.cnmm.evaluation.EvaluationEngine;
import io.cnmm.evaluation.EvaluationResult;
import io.cnmm.evaluation.FactParser;
import io.cnmm.evaluation.SubmittedFacts;
import io.cnmm.observability.EvaluationMetrics;
import io.cnmm.observability.Spans;
import io.cnmm.problem.FieldError;
import io.cnmm.problem.NotFoundProblem;
import io.cnmm.problem.RequestProblem;
import io.cnmm.publishing.CompiledRulesets;
import io.cnmm.publishing.VersionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Submits, reads, replays and re-evaluates assessments. A submission is checked, evaluated and
 * stored in one transaction: either the whole assessment is stored, or nothing is.
 */
@ApplicationScoped
public class AssessmentService {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(AssessmentService.class);

    @Inject
    EvaluationEngine engine;
    @Inject
    CompiledRulesets compiled;
    @Inject
    VersionRepository versions;
    @Inject
    EnterpriseService enterprises;
    @Inject
    AssessmentRepository assessments;
    @Inject
    ObjectMapper json;
    @Inject
    AssessmentEvidence evidence;
    @Inject
    AssessmentChain chain;
    @Inject
    Milestones milestones;
    @Inject
    EvaluationMetrics evaluations;
    @Inject
    Spans spans;

    @Transactional
    public AssessmentView submit(UUID enterpriseId, AssessmentRequest request) {
        enterprises.requireExists(enterpriseId);
        if (request == null || request.facts() == null || request.facts().isEmpty()) {
            throw new RequestProblem("an assessment needs at least one fact",
                    List.of(new FieldError("facts", "must hold at least one fact; GET /api/model lists them")));
        }
        ActiveRuleset ruleset = engine.current(); // read once: an activation meanwhile does not change this evaluation
        SubmittedFacts facts = spans.in("assessment.parse",
                () -> new FactParser(ruleset.evaluator().model()).parse(request.facts()));
        EvaluationResult result = spans.in("assessment.evaluate",
                () -> evaluations.timed(() -> ruleset.evaluator().evaluate(facts)));
        Assessment assessment = Assessment.of(enterpriseId, facts.values(), result, ruleset.version());
        spans.in("assessment.store", () -> {
            assessments.persist(assessment);
            assessments.flush(); // the inserts run here, so the span shows their cost
        });
        Assessment sealed = spans.in("assessment.seal", () -> evidence.seal(assessment, AuditAction.ASSESSMENT_SUBMITTED));
        // Ids and counts only: the facts are the enterprise's, and logs travel further than the database.
        LOG.debugf("Stored assessment %s of enterprise %s: %d facts, ruleset %s", sealed.id, enterpriseId,
                facts.values().size(), ruleset.version());
        return AssessmentView.of(sealed);
    }

    public AssessmentView get(UUID id) {
        return AssessmentView.of(find(id));
    }

    /** An enterprise's assessments, newest first, each with its part levels, seal digest and any milestone name. */
    @Transactional
    public List<AssessmentSummary> history(UUID enterpriseId) {
        enterprises.requireExists(enterpriseId);
        List<Assessment> listed = assessments.listForEnterprise(enterpriseId);
        List<UUID> ids = listed.stream().map(a -> a.id).toList();
        Map<UUID, String> digests = chain.digestsOf(ids);
        Map<UUID, String> names = milestones.namesOf(ids);
        Map<UUID, Coverage> coverage = assessments.coverageOf(ids);
        return listed.stream().map(a -> AssessmentSummary.of(a, coverage.get(a.id), digests.get(a.id), names.get(a.id))).toList();
    }

    /** Evaluates the stored facts again under the version the assessment recorded; stores nothing. */
    public ReplayResult replay(UUID id) {
        Assessment stored = QuarkusTransaction.requiringNew().call(() -> {
            Assessment assessment = find(id);
            assessment.toResult(); // loads the stored result while the session is open
            return assessment;
        });
        if (stored.rulesetVersion == null) {
            throw new RequestProblem("assessment " + id + " was stored before ruleset versions were recorded",
                    List.of(new FieldError("rulesetVersion", "unknown, so it cannot be replayed")));
        }
        ActiveRuleset ruleset = compiled.get(stored.rulesetVersion);
        EvaluationResult replayed = new Reevaluator(json, evaluations, ruleset).evaluate(stored);
        List<String> differences = JsonDifferences.between(json.valueToTree(stored.toResult()), json.valueToTree(replayed));
        return new ReplayResult(id, stored.rulesetVersion, differences.isEmpty(), differences);
    }

    /**
     * Evaluates an assessment's facts under another published version and stores the result as a
     * new assessment linked to the first. Compiling the version (if this replica does not keep it)
     * happens before the transaction.
     */
    public Reevaluation reevaluate(UUID id, ReevaluationRequest request) {
        String ref = request == null || request.version() == null ? null : request.version();
        Assessment original = QuarkusTransaction.requiringNew().call(() -> find(id));
        String version = ref == null ? engine.current().version()
                : QuarkusTransaction.requiringNew().call(() -> versions.resolve(ref).digest);
        Assessment reevaluated = new Reevaluator(json, evaluations, compiled.get(version)).reevaluation(original);
        return QuarkusTransaction.requiringNew().call(() -> {
            assessments.persist(reevaluated);
            Assessment stored = evidence.seal(reevaluated, AuditAction.ASSESSMENT_REEVALUATED);
            return new Reevaluation(AssessmentView.of(stored), AssessmentComparer.compare(find(id), stored));
        });
    }

    /** Two assessments of one enterprise, indicator by indicator; those of two enterprises are not compared. */
    @Transactional
    public AssessmentComparison compare(UUID from, UUID to) {
        Assessment before = find(from);
        Assessment after = find(to);
        if (!before.enterpriseId.equals(after.enterpriseId)) {
            throw new RequestProblem("assessment " + to + " is of another enterprise; only assessments of one enterprise are compared",
                    List.of(new FieldError("with", "must be an assessment of enterprise " + before.enterpriseId)));
        }
        return AssessmentComparer.compare(before, after);
    }

    private Assessment find(UUID id) {
        return assessments.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("assessment", id));
    }

}
