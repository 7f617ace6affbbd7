package io.cnmm.evaluation;

import io.cnmm.model.Indicator;
import io.cnmm.model.MaturityModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Orders the next-step advice by what each step would raise ({@link AdviceEffect}): first the steps
 * that raise the overall level, then those that raise a part, a characteristic, a domain, and last
 * those that raise only their indicator; within one of those, the step raising more aggregates first.
 *
 * <p>Ties keep the order advice had before effects were computed, which is still how assessments
 * stored before then are replayed ({@link #rankBeforeEffects}): an indicator below its domain's
 * level first, as it drags the domain down the most; then one feeding more characteristics (Business
 * Application process domains such as A-I1 feed up to four); then the lower the indicator's own
 * level, the earlier; then the weaker domain, then model order. The ordering is a CNMM Assess
 * proposal (domain brief a.7, step 7).
 */
final class AdviceRanker {

    private final MaturityModel model;

    AdviceRanker(MaturityModel model) {
        this.model = model;
    }

    List<RankedAdvice> rank(List<IndicatorResult> indicators, List<AggregateResult> domains,
                            Function<IndicatorResult, AdviceEffect> effectOf) {
        Map<String, Integer> domainLevels = levels(domains);
        Map<IndicatorResult, AdviceEffect> effects = new HashMap<>();
        candidates(indicators).forEach(i -> effects.put(i, effectOf.apply(i)));
        Comparator<IndicatorResult> byEffect = Comparator.comparingInt((IndicatorResult i) -> effects.get(i).tier())
                .thenComparing(Comparator.comparingInt((IndicatorResult i) -> effects.get(i).raises().size()).reversed());
        return advice(candidates(indicators).sorted(byEffect.thenComparing(beforeEffects(domainLevels))).toList(),
                domainLevels, effects::get);
    }

    /** The advice as ranked, and worded, before effects were computed: how stored assessments of then replay. */
    List<RankedAdvice> rankBeforeEffects(List<IndicatorResult> indicators, List<AggregateResult> domains) {
        Map<String, Integer> domainLevels = levels(domains);
        return advice(candidates(indicators).sorted(beforeEffects(domainLevels)).toList(), domainLevels, i -> null);
    }

    // The indicators come in model order and the sorts are stable: ties keep model order.
    private java.util.stream.Stream<IndicatorResult> candidates(List<IndicatorResult> indicators) {
        return indicators.stream().filter(i -> i.assessed() && i.level() < model.topLevel());
    }

    private Comparator<IndicatorResult> beforeEffects(Map<String, Integer> domainLevels) {
        return Comparator.comparingInt((IndicatorResult i) -> i.level() - domainLevels.get(i.domain()))
                .thenComparing(Comparator.comparingInt((IndicatorResult i) -> model.characteristicsFed(i.id())).reversed())
                .thenComparingInt(IndicatorResult::level)
                .thenComparingInt(i -> domainLevels.get(i.domain()));
    }

    private List<RankedAdvice> advice(List<IndicatorResult> ranked, Map<String, Integer> domainLevels,
                                      Function<IndicatorResult, AdviceEffect> effects) {
        List<RankedAdvice> advice = new ArrayList<>();
        for (IndicatorResult result : ranked) {
            Indicator indicator = model.indicators().get(result.id());
            AdviceEffect effect = effects.apply(result);
            String reason = reason(result, domainLevels.get(result.domain()), model.characteristicsFed(result.id()));
            advice.add(new RankedAdvice(advice.size() + 1, result.id(), result.domain(), result.provisional(), result.level(),
                    result.level() + 1, indicator.advice().get(result.level() + 1),
                    effect == null ? reason : effect.describe() + "; " + reason, effect));
        }
        return advice;
    }

    private static Map<String, Integer> levels(List<AggregateResult> domains) {
        return domains.stream().collect(Collectors.toMap(AggregateResult::id, d -> d.level() == null ? 0 : d.level()));
    }

    private static String reason(IndicatorResult indicator, int domainLevel, int characteristics) {
        String relation = indicator.level() < domainLevel ? "below"
                : indicator.level() == domainLevel ? "at" : "above";
        return "level " + indicator.level() + ", " + relation + " its domain " + indicator.domain()
                + " (level " + domainLevel + ")" + (characteristics == 0 ? ""
                : "; feeds " + characteristics + " characteristic" + (characteristics == 1 ? "" : "s"));
    }
}
