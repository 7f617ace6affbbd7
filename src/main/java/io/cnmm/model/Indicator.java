package io.cnmm.model;

import java.util.List;
import java.util.Map;

/**
 * One indicator of the model with the facts it reads, what each level looks like, and the advice
 * for each step up (keyed by the level stepped into, 2 to 5).
 *
 * @param provisional true when CNMM Assess proposes it in place of an unpublished CAICT item
 */
public record Indicator(String id, String part, String domain, Text name, String source, boolean provisional,
                        List<FactDefinition> facts, Map<Integer, Text> levels, Map<Integer, Text> advice,
                        String file) {

    public Indicator {
        facts = List.copyOf(facts);
        levels = Map.copyOf(levels);
        advice = Map.copyOf(advice);
    }
}
