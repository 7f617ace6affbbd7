package io.cnmm.evaluation;

import java.util.List;
import java.util.Map;

/**
 * A domain, part or overall level and what it was computed from.
 *
 * @param scope       {@code domain}, {@code characteristic}, {@code part} or {@code overall}
 * @param parent      the part of a domain; {@code null} otherwise
 * @param level       the level, or {@code null} when nothing below it was assessed
 * @param inputs      the levels it was computed from, by id, sorted by id
 * @param notAssessed ids below it that could not be assessed and were left out of the computation
 * @param allAtTop    true when everything below it was assessed and is at the top level
 * @param provisional true for a characteristic whose membership CNMM Assess inferred
 */
public record AggregateResult(String scope, String id, String parent, Integer level, String aggregation,
                              Map<String, Integer> inputs, List<String> notAssessed, boolean allAtTop,
                              boolean provisional) {

    /**
     * The overall aggregate of a result stored without one: before the aggregation rules said why
     * an overall level is missing, a result with no overall level stored {@code null}. Shown as not
     * assessed like every other aggregate, from the parts it does have; the method was not recorded.
     */
    public static AggregateResult overallOf(AggregateResult stored, List<AggregateResult> parts) {
        if (stored != null) {
            return stored;
        }
        Map<String, Integer> inputs = new java.util.TreeMap<>();
        List<String> notAssessed = new java.util.ArrayList<>();
        parts.forEach(part -> {
            if (part.level() == null) {
                notAssessed.add(part.id());
            } else {
                inputs.put(part.id(), part.level());
            }
        });
        return new AggregateResult("overall", "overall", null, null, null, inputs, notAssessed, false, false);
    }
}
