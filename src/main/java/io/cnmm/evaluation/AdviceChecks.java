package io.cnmm.evaluation;

import io.cnmm.model.FactDefinition;
import io.cnmm.model.Indicator;
import io.cnmm.model.MaturityModel;
import io.cnmm.model.Text;
import io.cnmm.problem.SourceProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Warns about advice that leaves out what its step needs: the advice for stepping into level N
 * must name every threshold the criteria of level N compare a number with ("at least 50 %", "every
 * 30 days"), in both languages, or an assessor following it stays below the level. A duration may
 * be named in a larger unit (1440 minutes as 1 day or 24 hours). Flags and choices are not checked:
 * whether a text names a practice is a matter for the experts reading it.
 *
 * <p>A warning, not an error, so that a ruleset with such advice still loads; {@code cnmm validate}
 * and the upload answer list them.
 */
final class AdviceChecks {

    /** Larger units a duration threshold may be written in, by the unit it is declared in: name and size. */
    private static final Map<String, Map<String, Integer>> LARGER = Map.of(
            "seconds", Map.of("minutes", 60, "hours", 3600),
            "minutes", Map.of("hours", 60, "days", 1440, "weeks", 10080, "months", 43200),
            "days", Map.of("weeks", 7, "months", 30, "years", 365));

    /** Words that state a threshold as plainly as its number, by the threshold in the fact's unit (en and zh). */
    private static final Map<String, Map<String, List<String>>> WORDS = Map.of(
            "%", Map.of("25", List.of("quarter", "四分之一"), "50", List.of("half", "一半", "半数"),
                    "100", List.of("all ", "every", "全部", "所有")),
            "days", Map.of("1", List.of("daily", "每天", "每日"), "7", List.of("weekly", "每周"),
                    "30", List.of("monthly", "每月"), "90", List.of("quarterly", "每季度"),
                    "180", List.of("twice a year", "every six months", "half-yearly", "每半年"),
                    "365", List.of("yearly", "annually", "every year", "每年")),
            "per year", Map.of("2", List.of("twice a year", "每年至少两次", "每半年"), "12", List.of("monthly", "每月"),
                    "52", List.of("weekly", "每周"), "365", List.of("daily", "every day", "a day", "每天")),
            "seconds", Map.of("60", List.of("a minute", "one minute", "1 分钟")),
            "minutes", Map.of("60", List.of("an hour", "one hour", "一小时", "1 小时"),
                    "1440", List.of("a day", "one day", "daily", "一天", "每天")));

    private AdviceChecks() {
    }

    static List<SourceProblem> check(MaturityModel model, Collection<CriterionRule> criteria) {
        Map<String, List<CriterionRule>> byIndicator = criteria.stream().collect(Collectors.groupingBy(CriterionRule::indicator));
        List<SourceProblem> warnings = new ArrayList<>();
        for (Indicator indicator : model.indicators().values()) {
            for (Map.Entry<Integer, Text> advice : new java.util.TreeMap<>(indicator.advice()).entrySet()) {
                List<CriterionRule> level = byIndicator.getOrDefault(indicator.id(), List.of()).stream()
                        .filter(rule -> rule.level() == advice.getKey()).toList();
                Set<String> missing = missing(model, level, advice.getValue());
                if (!missing.isEmpty()) {
                    warnings.add(SourceProblem.at(indicator.file(), "/advice/" + advice.getKey(), "the advice for level "
                            + advice.getKey() + " does not name what level " + advice.getKey() + " needs of "
                            + String.join(", ", missing) + "; say it in both languages (zh and en)"));
                }
            }
        }
        return warnings;
    }

    private static Set<String> missing(MaturityModel model, List<CriterionRule> level, Text advice) {
        Set<String> missing = new LinkedHashSet<>();
        for (CriterionRule rule : level) {
            for (Requirement requirement : rule.requirements()) {
                FactDefinition fact = model.facts().get(requirement.fact());
                for (Condition condition : requirement.conditions()) {
                    if (fact != null && condition.operand() instanceof Double threshold
                            && !(names(advice.en(), fact, threshold) && names(advice.zh(), fact, threshold))) {
                        missing.add(requirement.fact() + " (" + requirement.required() + ")");
                    }
                }
            }
        }
        return missing;
    }

    private static boolean names(String text, FactDefinition fact, double threshold) {
        String plain = text == null ? "" : text.replaceAll("(?<=\\d)[ \u00a0\u202f,](?=\\d{3})", "");
        String lower = plain.toLowerCase(java.util.Locale.ROOT);
        String unit = fact.unit() == null ? (fact.key().matches(".*(^|_)days(_|$).*") ? "days" : "") : fact.unit();
        if (WORDS.getOrDefault(unit, Map.of()).getOrDefault(FactParser.format(threshold), List.of()).stream()
                .anyMatch(lower::contains)) {
            return true;
        }
        return spellings(fact, threshold).stream().anyMatch(number ->
                Pattern.compile("(?<![\\d.])" + Pattern.quote(number) + "(?![\\d]|\\.\\d)").matcher(plain).find());
    }

    /** The threshold as written in the fact's unit, and in each larger unit it is a whole number of. */
    private static List<String> spellings(FactDefinition fact, double threshold) {
        List<String> spellings = new ArrayList<>(List.of(FactParser.format(threshold)));
        LARGER.getOrDefault(fact.unit() == null ? "" : fact.unit(), Map.of()).values().forEach(size -> {
            BigDecimal larger = BigDecimal.valueOf(threshold).divide(BigDecimal.valueOf(size), 6, java.math.RoundingMode.HALF_UP);
            if (larger.signum() > 0 && larger.stripTrailingZeros().scale() <= 0) {
                spellings.add(larger.stripTrailingZeros().toPlainString());
            }
        });
        return spellings;
    }
}
