package io.cnmm.evaluation;

import io.cnmm.evaluation.AdviceEffect.Raise;
import io.cnmm.model.MaturityModel;
import io.cnmm.vocabulary.CharacteristicLevel;
import io.cnmm.vocabulary.DomainLevel;
import io.cnmm.vocabulary.IndicatorLevel;
import io.cnmm.vocabulary.Leveled;
import io.cnmm.vocabulary.PartLevel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * What one step of advice would raise, decided by the ruleset's own aggregation rules. Criteria read
 * only their own indicator's facts (the upload checks enforce it), so facts improved to meet an
 * indicator's next level change that indicator's level and nothing else; what they change above it
 * is for the aggregation stages to say. So each step runs those stages alone, on the same rule base,
 * with the session's indicator levels and that one a level higher: no facts, no criteria, a fraction
 * of an evaluation's cost.
 */
final class StepEffects {

    /** The stages after the indicator levels, and no rule outside them: the criteria and indicator levels are given. */
    static final List<String> STAGES = Evaluator.STAGES.subList(1, Evaluator.STAGES.size());
    private static final AgendaFilter AGGREGATION_ONLY = match -> match.getRule() instanceof RuleImpl rule
            && STAGES.contains(rule.getAgendaGroup());

    private final MaturityModel model;
    private final Ruleset ruleset;
    private final SubmittedFacts facts;
    private final EvaluationLimits limits;
    private final long deadlineNanos;
    private final List<IndicatorLevel> indicatorLevels = new ArrayList<>();
    private final Map<String, Integer> aggregateLevels = new HashMap<>();

    StepEffects(MaturityModel model, Ruleset ruleset, SubmittedFacts facts, EvaluationLimits limits, long deadlineNanos,
                Collection<?> sessionObjects) {
        this.model = model;
        this.ruleset = ruleset;
        this.facts = facts;
        this.limits = limits;
        this.deadlineNanos = deadlineNanos;
        for (Object object : sessionObjects) {
            if (object instanceof IndicatorLevel level) {
                indicatorLevels.add(level);
            } else if (object instanceof Leveled level) {
                aggregateLevels.put(level.id(), level.getLevel());
            }
        }
    }

    /** @throws EvaluationLimitException when the aggregation runs past the evaluation's limits */
    AdviceEffect of(IndicatorResult indicator) {
        List<Raise> raises = new ArrayList<>();
        for (Leveled level : aggregatesWithOneStep(indicator.id())) {
            Integer now = aggregateLevels.get(level.id());
            if (now == null || level.getLevel() > now) {
                raises.add(new Raise(scope(level), level.id(), now, level.getLevel()));
            }
        }
        raises.sort(Comparator.comparingInt((Raise r) -> AdviceEffect.SCOPES.indexOf(r.scope())).thenComparing(Raise::id));
        return AdviceEffect.of(indicator.id(), indicator.level(), raises);
    }

    private List<Leveled> aggregatesWithOneStep(String indicator) {
        FiringBudget budget = new FiringBudget(limits.maxFirings(), deadlineNanos);
        KieSession session = ruleset.aggregationBase().newKieSession();
        session.addEventListener(budget);
        try {
            SessionScope.insert(session, model, facts);
            for (IndicatorLevel level : indicatorLevels) {
                session.insert(level.indicator().equals(indicator) ? new IndicatorLevel(level.indicator(), level.domain(),
                        level.part(), level.level() + 1, List.of()) : level);
            }
            for (String stage : STAGES) {
                session.getAgenda().getAgendaGroup(stage).setFocus();
                session.fireAllRules(AGGREGATION_ONLY);
                budget.check();
            }
            return session.getObjects(o -> o instanceof Leveled && !(o instanceof IndicatorLevel)).stream()
                    .map(Leveled.class::cast).toList();
        } finally {
            session.dispose();
        }
    }

    private static String scope(Leveled level) {
        return level instanceof DomainLevel ? "domain" : level instanceof CharacteristicLevel ? "characteristic"
                : level instanceof PartLevel ? "part" : "overall";
    }
}
