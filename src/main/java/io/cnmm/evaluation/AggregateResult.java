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
}
