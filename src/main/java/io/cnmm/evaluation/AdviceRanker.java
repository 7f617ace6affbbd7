package io.cnmm.evaluation;

import io.cnmm.model.Indicator;
import io.cnmm.model.MaturityModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Orders the next-step advice so that the indicators holding their domain's level down come first.
 *
 * <p>An indicator below its domain's level drags the domain's aggregate down the most, so it ranks
 * first; then an indicator feeding more characteristics (Business Application process domains such
 * as A-I1 feed up to four) before one feeding fewer, as one step lifts several; then the lower the
 * indicator's own level, the earlier; ties go to the weaker domain, then to model order. The
 * ordering is a CNMM Assess proposal (domain brief a.7, step 7).
 */
final class AdviceRanker {

    private final MaturityModel model;

    AdviceRanker(MaturityModel model) {
        this.model = model;
    }

    List<RankedAdvice> rank(List<IndicatorResult> indicators, List<AggregateResult> domains) {
        Map<String, AggregateResult> domainById = domains.stream()
                .collect(Collectors.toMap(AggregateResult::id, Function.identity()));
        // The indicators come in model order and the sort is stable: ties keep model order.
        List<IndicatorResult> candidates = indicators.stream()
                .filter(i -> i.assessed() && i.level() < model.topLevel())
                .sorted(Comparator.comparingInt((IndicatorResult i) -> i.level() - domainLevel(domainById, i))
                        .thenComparing(Comparator.comparingInt((IndicatorResult i) -> model.characteristicsFed(i.id())).reversed())
                        .thenComparingInt(IndicatorResult::level)
                        .thenComparingInt(i -> domainLevel(domainById, i)))
                .toList();
        List<RankedAdvice> advice = new ArrayList<>();
        for (IndicatorResult result : candidates) {
            Indicator indicator = model.indicators().get(result.id());
            int domainLevel = domainLevel(domainById, result);
            advice.add(new RankedAdvice(advice.size() + 1, result.id(), result.domain(), result.provisional(), result.level(),
                    result.level() + 1, indicator.advice().get(result.level() + 1),
                    reason(result, domainLevel, model.characteristicsFed(result.id()))));
        }
        return advice;
    }

    private static int domainLevel(Map<String, AggregateResult> domains, IndicatorResult indicator) {
        Integer level = domains.get(indicator.domain()).level();
        return level == null ? 0 : level;
    }

    private static String reason(IndicatorResult indicator, int domainLevel, int characteristics) {
        String relation = indicator.level() < domainLevel ? "below"
                : indicator.level() == domainLevel ? "at" : "above";
        return "level " + indicator.level() + ", " + relation + " its domain " + indicator.domain()
                + " (level " + domainLevel + ")" + (characteristics == 0 ? ""
                : "; feeds " + characteristics + " characteristic" + (characteristics == 1 ? "" : "s"));
    }
}
