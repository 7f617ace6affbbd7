package io.cnmm.model;

import java.util.List;

/**
 * A fact an indicator reads, as declared in model-data: its key, type, allowed range or options.
 *
 * @param min      the lowest allowed value of a numeric fact, or {@code null} for none
 * @param max      the highest allowed value of a numeric fact, or {@code null} for none
 * @param better   which way the fact improves, declared or its type's default
 * @param unit     the unit values are submitted and compared in: declared, or its type's default
 * @param never    whether {@code "never"} may be submitted: an interval with no regular event, worse
 *                 than any number of days (rules read it as a number above every threshold)
 * @param formerly how facts stored under earlier versions of the model read now, or {@code null}
 */
public record FactDefinition(String key, String indicator, FactType type, Text description,
                             List<String> options, Double min, Double max, Better better,
                             String unit, boolean never, FormerEncoding formerly) {

    /** The value an assessor submits for an interval without any regular event. */
    public static final String NEVER = "never";

    public FactDefinition {
        options = options == null ? List.of() : List.copyOf(options);
        unit = unit == null ? type.unit() : unit;
    }

    public FactDefinition(String key, String indicator, FactType type, Text description,
                          List<String> options, Double min, Double max, Better better) {
        this(key, indicator, type, description, options, min, max, better, null, false, null);
    }
}
