package io.cnmm.evaluation;

import io.cnmm.model.MaturityModel;
import java.util.List;
import org.kie.api.runtime.KieSession;

/**
 * Evaluates submitted facts against one model and one compiled ruleset. Thread-safe: each call
 * opens its own session on the shared, immutable rule base.
 */
public final class Evaluator {

    /**
     * Levels are built bottom-up, one stage per ruleflow group, so that no level is computed before
     * everything below it is final. Criteria (the default group) fire first, before any stage.
     */
    static final List<String> STAGES = List.of("indicator-level", "domain-level", "part-level", "overall-level");

    private final MaturityModel model;
    private final Ruleset ruleset;
    private final EvaluationLimits limits;

    public Evaluator(MaturityModel model, Ruleset ruleset) {
        this(model, ruleset, EvaluationLimits.DEFAULT);
    }

    public Evaluator(MaturityModel model, Ruleset ruleset, EvaluationLimits limits) {
        this.model = model;
        this.ruleset = ruleset;
        this.limits = limits;
    }

    public MaturityModel model() {
        return model;
    }

    public Ruleset ruleset() {
        return ruleset;
    }

    public EvaluationLimits limits() {
        return limits;
    }

    /** @throws EvaluationLimitException when the evaluation goes past its {@link EvaluationLimits} */
    public EvaluationResult evaluate(SubmittedFacts facts) {
        return evaluate(facts, System.nanoTime() + limits.deadline().toNanos());
    }

    /**
     * As {@link #evaluate(SubmittedFacts)}, done by a given time at the latest (or stopped).
     *
     * @param deadlineNanos a {@link System#nanoTime()}; the sooner of it and this evaluation's own deadline counts
     */
    public EvaluationResult evaluate(SubmittedFacts facts, long deadlineNanos) {
        long own = System.nanoTime() + limits.deadline().toNanos();
        FiringBudget budget = new FiringBudget(limits.maxFirings(), own - deadlineNanos < 0 ? own : deadlineNanos);
        KieSession session = ruleset.kieBase().newKieSession();
        TraceRecorder trace = new TraceRecorder(ruleset);
        session.addEventListener(budget);
        session.addEventListener(trace.agendaListener);
        session.addEventListener(trace.insertListener);
        try {
            facts.facts().forEach(session::insert);
            ruleset.criterionFacts().forEach(session::insert);
            SessionScope.insert(session, model, facts);
            session.fireAllRules();
            budget.check();
            for (String stage : STAGES) {
                session.getAgenda().getAgendaGroup(stage).setFocus();
                session.fireAllRules();
                budget.check();
            }
            StepEffects effects = new StepEffects(model, ruleset, facts, limits, budget.deadlineNanos(), session.getObjects());
            return new ResultAssembler(model, ruleset, facts).assemble(session.getObjects(), trace.entries(), effects::of);
        } finally {
            session.dispose();
        }
    }

    /**
     * The same result with its advice ranked and worded as before effects were computed, and without
     * them: what an assessment stored then holds, so that it replays as stored.
     */
    public EvaluationResult withAdviceRankedBeforeEffects(EvaluationResult result) {
        return new EvaluationResult(result.modelVersion(), result.rulesetDigest(), result.overall(), result.parts(),
                result.characteristics(), result.domains(), result.indicators(),
                new AdviceRanker(model).rankBeforeEffects(result.indicators(), result.domains()), result.trace());
    }
}
