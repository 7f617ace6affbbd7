package io.cnmm.report;

import io.cnmm.evaluation.Gap;
import io.cnmm.evaluation.IndicatorResult;
import io.cnmm.evaluation.TraceEntry;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Why an indicator is at its level, in sentences a non-programmer can check against the submitted
 * facts: the criteria its trace shows as met, each with the values it matched, and the unmet
 * criteria of the next level from its gaps. Only stored data is used, so the report justifies the
 * assessment as sealed.
 */
final class Justification {

    private final ModelNames names;
    private final int topLevel;

    Justification(ModelNames names) {
        this.names = names;
        this.topLevel = names.model().topLevel();
    }

    /** "Level 3 because: at level 2, 'at least 25 % of ...' (containerized_pct = 50 %); at level 3, ..." */
    String because(IndicatorResult indicator, List<TraceEntry> trace) {
        if (!indicator.assessed()) {
            return "Not assessed: these facts were not submitted: " + String.join(", ", indicator.missingFacts()) + ".";
        }
        Map<Integer, List<TraceEntry>> metByLevel = new TreeMap<>(trace.stream()
                .filter(entry -> indicator.id().equals(entry.indicator()) && entry.level() != null
                        && entry.level() <= indicator.level())
                .collect(Collectors.groupingBy(TraceEntry::level)));
        if (indicator.level() == 1 || metByLevel.isEmpty()) {
            return "Level " + indicator.level() + ", the starting level: all its facts were submitted, and level "
                    + (indicator.level() + 1) + " is not reached.";
        }
        return "Level " + indicator.level() + " because: " + metByLevel.entrySet().stream()
                .map(level -> "at level " + level.getKey() + ", " + level.getValue().stream().map(this::met)
                        .collect(Collectors.joining(" and ")))
                .collect(Collectors.joining("; ")) + ".";
    }

    /** "Not level 4: 'at least 80 % of ...' is not met (containerized_pct is 50 %, needs at least 80 %)." */
    String notHigher(IndicatorResult indicator) {
        if (!indicator.assessed()) {
            return null;
        }
        if (indicator.level() >= topLevel) {
            return "Level " + topLevel + " is the top level.";
        }
        if (indicator.gaps().isEmpty()) {
            return null;
        }
        return "Not level " + (indicator.level() + 1) + " because " + indicator.gaps().stream().map(this::unmet)
                .collect(Collectors.joining("; and ")) + ".";
    }

    private String met(TraceEntry criterion) {
        String values = criterion.matched().stream().filter(m -> m.containsKey("fact"))
                .map(m -> m.get("fact") + " = " + withUnit(m.get("value"), (String) m.get("fact")))
                .collect(Collectors.joining(", "));
        return quote(criterion.rule()) + (values.isEmpty() ? "" : " (" + values + ")");
    }

    private String unmet(Gap gap) {
        String checks = gap.checks().stream()
                .map(check -> check.fact() + " is " + (check.submitted() == null ? "not submitted"
                        : withUnit(check.submitted(), check.fact())) + ", needs " + Requirements.plain(check.required(), check.unit()))
                .collect(Collectors.joining(gap.anyOf() ? "; or " : "; "));
        return quote(gap.criterion()) + " is not met (" + (gap.anyOf() && gap.checks().size() > 1 ? "any one would do: " : "")
                + checks + ")";
    }

    private String withUnit(Object value, String fact) {
        String unit = names.unitOf(fact);
        String text = value instanceof Boolean flag ? (flag ? "yes" : "no") : FactValues.value(value);
        return unit == null || !(value instanceof Number) ? text : text + " " + unit;
    }

    /** The rule's own sentence without its {@code T-RM-01 level 3: } prefix, which the context already gives. */
    private static String quote(String rule) {
        return "'" + rule.replaceFirst("^\\S+ level \\d+: ", "") + "'";
    }
}
