package io.cnmm.model;

import java.util.Map;

/**
 * How a fact was submitted under earlier versions of the model, declared as {@code formerly} in
 * model-data. Stored assessments keep the facts they were submitted with, so that they replay
 * exactly under their own version; re-evaluating one under this version reads its facts through
 * this declaration first (see docs/model.md, "When a fact's encoding changes").
 *
 * @param key      the fact's former key, or {@code null} when the key is unchanged
 * @param unit     the unit former values are in, or {@code null} when it is unchanged
 * @param decimals the decimals a converted value is rounded to, or {@code null} to keep it exact
 * @param values   former values that now read differently, such as {@code 0 -> never}, keyed by
 *                 the former value as text
 */
public record FormerEncoding(String key, String unit, Integer decimals, Map<String, Object> values) {

    public FormerEncoding {
        values = values == null ? Map.of() : Map.copyOf(values);
    }
}
