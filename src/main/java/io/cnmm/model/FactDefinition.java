package io.cnmm.model;

import java.util.List;

/**
 * A fact an indicator reads, as declared in model-data: its key, type, allowed range or options.
 *
 * @param min the lowest allowed value of a numeric fact, or {@code null} for none
 * @param max the highest allowed value of a numeric fact, or {@code null} for none
 * @param better which way the fact improves, declared or its type's default
 */
public record FactDefinition(String key, String indicator, FactType type, Text description,
                             List<String> options, Double min, Double max, Better better) {

    public FactDefinition {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public String unit() {
        return type.unit();
    }
}
