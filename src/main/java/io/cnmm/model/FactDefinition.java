package io.cnmm.model;

import java.util.List;

/**
 * A fact an indicator reads, as declared in model-data: its key, type, allowed range or options.
 *
 * @param min the lowest allowed value of a numeric fact, or {@code null} for none
 * @param max the highest allowed value of a numeric fact, or {@code null} for none
 */
public record FactDefinition(String key, String indicator, FactType type, Text description,
                             List<String> options, Double min, Double max) {

    public FactDefinition {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public String unit() {
        return type.unit();
    }
}
