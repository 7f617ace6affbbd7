package io.cnmm.evaluation;

import io.cnmm.model.Domain;
import io.cnmm.model.FactDefinition;
import io.cnmm.model.Indicator;
import io.cnmm.model.MaturityModel;
import io.cnmm.model.Part;
import io.cnmm.vocabulary.CharacteristicScope;
import io.cnmm.vocabulary.IndicatorScope;
import io.cnmm.vocabulary.MaturityLevel;
import io.cnmm.vocabulary.DomainScope;
import io.cnmm.vocabulary.OverallScope;
import io.cnmm.vocabulary.PartScope;
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
            insertScope(session, facts);
            session.fireAllRules();
            budget.check();
            for (String stage : STAGES) {
                session.getAgenda().getAgendaGroup(stage).setFocus();
                session.fireAllRules();
                budget.check();
            }
            return new ResultAssembler(model, ruleset, facts).assemble(session.getObjects(), trace.entries());
        } finally {
            session.dispose();
        }
    }

    private void insertScope(KieSession session, SubmittedFacts facts) {
        facts.facts().forEach(session::insert);
        ruleset.criterionFacts().forEach(session::insert);
        model.levels().forEach(l -> session.insert(new MaturityLevel(l.level(), l.level() == model.topLevel())));
        for (Indicator indicator : model.indicators().values()) {
            boolean assessed = indicator.facts().stream().map(FactDefinition::key).allMatch(facts.values()::containsKey);
            session.insert(new IndicatorScope(indicator.id(), indicator.domain(), indicator.part(), assessed));
        }
        for (Part part : model.parts()) {
            session.insert(new PartScope(part.id(), part.aggregation().name(),
                    part.levelFromCharacteristics() ? "characteristics" : "domains"));
            part.characteristics().forEach(c -> session.insert(
                    new CharacteristicScope(c.id(), part.id(), c.aggregation().name(), c.members())));
            for (Domain domain : part.domains()) {
                session.insert(new DomainScope(domain.id(), part.id(), domain.aggregation().name()));
            }
        }
        session.insert(new OverallScope(model.overallAggregation().name()));
    }
}
