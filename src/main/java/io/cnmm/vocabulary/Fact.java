package io.cnmm.vocabulary;

import java.util.List;
import java.util.Objects;

/**
 * One fact submitted about the enterprise, for example {@code containerized_pct = 55}.
 *
 * <p>Rules read exactly one accessor, chosen by the fact's declared type in model-data:
 * {@code number} for percent, count, number, duration (minutes) and frequency (per week) facts,
 * {@code flag} for yes/no facts and {@code choice} (with {@link #atLeast} / {@link #atMost}) for
 * ordered choices. The other accessors are {@code null}, so a constraint on the wrong accessor
 * simply never matches.
 */
public final class Fact {

    private final String key;
    private final Object value;
    private final List<String> options;

    private Fact(String key, Object value, List<String> options) {
        this.key = Objects.requireNonNull(key);
        this.value = Objects.requireNonNull(value);
        this.options = options;
    }

    public static Fact number(String key, double value) {
        return new Fact(key, value, List.of());
    }

    public static Fact flag(String key, boolean value) {
        return new Fact(key, value, List.of());
    }

    /** A choice among ordered options, lowest first, as declared in model-data. */
    public static Fact choice(String key, String value, List<String> options) {
        if (!options.contains(value)) {
            throw new IllegalArgumentException(key + ": '" + value + "' is not one of " + options);
        }
        return new Fact(key, value, List.copyOf(options));
    }

    /** The fact key as declared in model-data, for example {@code containerized_pct}. */
    public String getKey() {
        return key;
    }

    /** The value of a numeric fact, otherwise {@code null}. */
    public Double getNumber() {
        return value instanceof Double d ? d : null;
    }

    /** The value of a yes/no fact, otherwise {@code null}. */
    public Boolean getFlag() {
        return value instanceof Boolean b ? b : null;
    }

    /** The value of a choice fact, otherwise {@code null}. */
    public String getChoice() {
        return value instanceof String s ? s : null;
    }

    /** True when this choice is {@code option} or an option declared after it (a better one). */
    public boolean atLeast(String option) {
        return getChoice() != null && options.contains(option) && rank() >= rankOf(option);
    }

    /** True when this choice is {@code option} or an option declared before it. */
    public boolean atMost(String option) {
        return getChoice() != null && options.contains(option) && rank() <= rankOf(option);
    }

    /** The submitted value as it was given: a Double, a Boolean or a String. */
    public Object value() {
        return value;
    }

    private int rank() {
        return getChoice() == null ? -1 : options.indexOf(getChoice());
    }

    // Unknown options never reach here: the ruleset is refused when it names one (DrlInspector).
    private int rankOf(String option) {
        return options.indexOf(option);
    }

    @Override
    public String toString() {
        return key + " = " + value;
    }
}
