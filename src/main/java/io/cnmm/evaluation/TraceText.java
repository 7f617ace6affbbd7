package io.cnmm.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A trace for a terminal: one line per rule firing (order, stage, rule, file), then what it
 * matched and what it derived, each fact on one line as {@code key=value} pairs.
 */
public final class TraceText {

    private TraceText() {
    }

    public static List<String> lines(List<TraceEntry> trace, String indent) {
        List<String> lines = new ArrayList<>();
        for (TraceEntry entry : trace) {
            lines.add(indent + entry.sequence() + ". [" + entry.stage() + "] " + entry.rule() + "  (" + entry.file() + ")");
            entry.matched().forEach(fact -> lines.add(indent + "     matched " + fact(fact)));
            entry.derived().forEach(fact -> lines.add(indent + "     derived " + fact(fact)));
        }
        return lines;
    }

    private static String fact(Map<String, Object> fact) {
        return fact.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }
}
