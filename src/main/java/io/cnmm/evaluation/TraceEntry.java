package io.cnmm.evaluation;

import java.util.List;
import java.util.Map;

/**
 * One rule firing, in firing order: the rule, its file, the stage it ran in, and the facts it
 * matched and derived, each with its values.
 *
 * @param indicator the indicator of a criterion rule, else {@code null}
 * @param level     the level of a criterion rule, else {@code null}
 */
public record TraceEntry(int sequence, String rule, String file, String stage, String indicator, Integer level,
                         List<Map<String, Object>> matched, List<Map<String, Object>> derived) {
}
