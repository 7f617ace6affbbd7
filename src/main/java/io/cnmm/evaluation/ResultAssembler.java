package io.cnmm.evaluation;

import io.cnmm.model.Characteristic;
import io.cnmm.model.Domain;
import io.cnmm.model.FactDefinition;
import io.cnmm.model.Indicator;
import io.cnmm.model.MaturityModel;
import io.cnmm.model.Part;
import io.cnmm.vocabulary.Criterion;
import io.cnmm.vocabulary.IndicatorLevel;
import io.cnmm.vocabulary.Leveled;
import io.cnmm.vocabulary.NotAssessed;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns the levels a session derived into results in model order, with gaps and advice. */
final class ResultAssembler {

    private final MaturityModel model;
    private final Ruleset ruleset;
    private final SubmittedFacts facts;
    private final Map<String, Leveled> derived = new HashMap<>();
    private boolean overallJudged;

    ResultAssembler(MaturityModel model, Ruleset ruleset, SubmittedFacts facts) {
        this.model = model;
        this.ruleset = ruleset;
        this.facts = facts;
    }

    /** @param effects what each step of advice would raise, by its indicator's result */
    EvaluationResult assemble(Collection<?> sessionObjects, List<TraceEntry> trace,
                              java.util.function.Function<IndicatorResult, AdviceEffect> effects) {
        sessionObjects.stream().filter(Leveled.class::isInstance).map(Leveled.class::cast)
                .forEach(level -> derived.put(level.id(), level));
        // Aggregation rules that say why the overall level is missing get an overall object either
        // way, like every other aggregate; rulesets older than that rule keep their null, so that
        // what was stored under them replays exactly.
        overallJudged = sessionObjects.stream().anyMatch(o -> o instanceof NotAssessed n && "overall".equals(n.scope()));
        List<IndicatorResult> indicators = model.indicators().values().stream().map(this::indicator).toList();
        List<AggregateResult> domains = new ArrayList<>();
        List<AggregateResult> characteristics = new ArrayList<>();
        List<AggregateResult> parts = new ArrayList<>();
        for (Part part : model.parts()) {
            for (Domain domain : part.domains()) {
                domains.add(aggregate("domain", domain.id(), part.id(), domain.aggregation().name(),
                        model.indicatorsOf(domain.id()), false));
            }
            for (Characteristic characteristic : part.characteristics()) {
                characteristics.add(aggregate("characteristic", characteristic.id(), part.id(),
                        characteristic.aggregation().name(), characteristic.members(), characteristic.inferred()));
            }
            List<String> inputs = part.levelFromCharacteristics()
                    ? part.characteristics().stream().map(Characteristic::id).toList()
                    : part.domains().stream().map(Domain::id).toList();
            parts.add(aggregate("part", part.id(), null, part.aggregation().name(), inputs, false));
        }
        AggregateResult overall = aggregate("overall", "overall", null, model.overallAggregation().name(),
                model.parts().stream().map(Part::id).toList(), false);
        List<RankedAdvice> advice = new AdviceRanker(model).rank(indicators, domains, effects);
        return new EvaluationResult(model.version(), ruleset.digest(), overall.level() == null && !overallJudged ? null : overall,
                parts, characteristics, domains, indicators, advice, trace);
    }

    private IndicatorResult indicator(Indicator indicator) {
        List<String> missing = indicator.facts().stream().map(FactDefinition::key)
                .filter(key -> !facts.values().containsKey(key)).toList();
        if (!(derived.get(indicator.id()) instanceof IndicatorLevel level)) {
            return new IndicatorResult(indicator.id(), indicator.part(), indicator.domain(), indicator.provisional(),
                    false, null, missing, List.of());
        }
        List<Gap> gaps = level.unmet().stream().map(this::gap)
                .sorted(java.util.Comparator.comparingInt(Gap::line)).toList();
        return new IndicatorResult(indicator.id(), indicator.part(), indicator.domain(), indicator.provisional(),
                true, level.level(), missing, gaps);
    }

    private Gap gap(Criterion criterion) {
        CriterionRule rule = ruleset.criteria().get(criterion.rule());
        List<Gap.Check> checks = rule.requirements().stream().map(requirement -> {
            FactDefinition fact = model.facts().get(requirement.fact());
            return new Gap.Check(requirement.fact(), requirement.required(), facts.values().get(requirement.fact()),
                    fact == null ? null : fact.unit());
        }).toList();
        return new Gap(rule.name(), rule.level(), rule.file(), rule.line(), rule.anyOf(), checks);
    }

    private AggregateResult aggregate(String scope, String id, String parent, String aggregation, List<String> members,
                                      boolean provisional) {
        // Sorted by id. PostgreSQL's jsonb orders keys by length, then bytewise, which for the
        // same-length ids of one scope is this order, so a stored result reads back identical.
        Map<String, Integer> inputs = new java.util.TreeMap<>();
        List<String> notAssessed = new ArrayList<>();
        for (String member : members) {
            Leveled level = derived.get(member);
            if (level == null) {
                notAssessed.add(member);
            } else {
                inputs.put(member, level.getLevel());
            }
        }
        Leveled own = derived.get(id);
        boolean allAtTop = own != null && notAssessed.isEmpty()
                && inputs.values().stream().allMatch(l -> l == model.topLevel());
        return new AggregateResult(scope, id, parent, own == null ? null : own.getLevel(), aggregation,
                inputs, notAssessed, allAtTop, provisional);
    }
}
