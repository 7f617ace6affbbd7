package io.cnmm.report;

import io.cnmm.assessment.AssessmentRecord;
import io.cnmm.assessment.AssessmentRecords;
import io.cnmm.assessment.MilestoneView;
import io.cnmm.assessment.Milestones;
import io.cnmm.audit.AssessmentChain;
import io.cnmm.enterprise.EnterpriseService;
import io.cnmm.evaluation.ActiveRuleset;
import io.cnmm.evaluation.EvaluationEngine;
import io.cnmm.model.MaturityModel;
import io.cnmm.problem.NotFoundProblem;
import io.cnmm.publishing.CompiledRulesets;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Reads what an export is made of, in one transaction, so every format sees the same state. */
@ApplicationScoped
class ReportSources {

    @Inject
    AssessmentRecords records;
    @Inject
    AssessmentChain chain;
    @Inject
    EnterpriseService enterprises;
    @Inject
    Milestones milestones;
    @Inject
    EvaluationEngine engine;
    @Inject
    CompiledRulesets compiled;

    ReportSource load(UUID id) {
        ReportSource stored = QuarkusTransaction.requiringNew().call(() -> {
            AssessmentRecord record = records.find(id).orElseThrow(() -> new NotFoundProblem("assessment", id));
            return new ReportSource(record, chain.sealOf(id).orElse(null), enterprises.get(record.enterpriseId()),
                    milestones.of(id).map(MilestoneView::name).orElse(null), null);
        });
        return new ReportSource(stored.assessment(), stored.seal(), stored.enterprise(), stored.milestone(),
                modelOf(stored.assessment().rulesetVersion()));
    }

    /**
     * Names and units come from the model the assessment was evaluated with: usually the active
     * one; an older version is compiled (once, then kept) as a replay would.
     */
    private MaturityModel modelOf(String rulesetVersion) {
        ActiveRuleset active = engine.current();
        if (rulesetVersion == null || rulesetVersion.equals(active.version())) {
            return active.evaluator().model();
        }
        return compiled.get(rulesetVersion).evaluator().model();
    }
}
