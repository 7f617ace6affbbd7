package io.cnmm.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The trace as a reader is shown it. The stored trace is every rule firing, as sealed and as a
 * replay reproduces it; two of its habits mislead a reader, so they are left out of what is shown:
 * a criterion written with {@code or} fires once per alternative that holds (shown once, with the
 * facts of every alternative that held), and criteria of an indicator that was not assessed fire on
 * the facts that were submitted although they count for nothing (not shown). Entries keep their
 * sequence numbers, so each can be found in the stored trace.
 */
public final class ReaderTrace {

    private ReaderTrace() {
    }

    public static List<TraceEntry> of(List<TraceEntry> trace, List<IndicatorResult> indicators) {
        Set<String> notAssessed = indicators.stream().filter(i -> !i.assessed()).map(IndicatorResult::id)
                .collect(Collectors.toSet());
        Map<String, TraceEntry> firstOfCriterion = new LinkedHashMap<>();
        List<Object> shown = new ArrayList<>(); // a rule name stands for its criterion's merged entry
        for (TraceEntry entry : trace) {
            if (entry.indicator() == null) {
                shown.add(entry);
            } else if (!notAssessed.contains(entry.indicator())) {
                TraceEntry first = firstOfCriterion.get(entry.rule());
                if (first == null) {
                    shown.add(entry.rule());
                }
                firstOfCriterion.put(entry.rule(), first == null ? entry : merged(first, entry));
            }
        }
        return shown.stream().map(e -> e instanceof TraceEntry entry ? entry : firstOfCriterion.get((String) e)).toList();
    }

    private static TraceEntry merged(TraceEntry first, TraceEntry again) {
        return new TraceEntry(first.sequence(), first.rule(), first.file(), first.stage(), first.indicator(), first.level(),
                union(first.matched(), again.matched()), union(first.derived(), again.derived()));
    }

    private static List<Map<String, Object>> union(List<Map<String, Object>> a, List<Map<String, Object>> b) {
        Set<Map<String, Object>> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
