package io.cnmm.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;

/**
 * The units a duration or a frequency can be declared in, so that a fact carries the unit its
 * requirement is written in ("at most 10 s", "at least once a month") and thresholds are exact.
 */
public final class Units {

    /** Seconds per unit. */
    private static final Map<String, BigDecimal> DURATION = Map.of(
            "seconds", BigDecimal.ONE, "minutes", BigDecimal.valueOf(60),
            "hours", BigDecimal.valueOf(3600), "days", BigDecimal.valueOf(86400));

    /** Events per year for one per unit; a year has 365 days, so a week is 365 / 7 of a year. */
    private static final Map<String, BigDecimal> FREQUENCY = Map.of(
            "per day", BigDecimal.valueOf(365), "per week", BigDecimal.valueOf(365).divide(BigDecimal.valueOf(7), MathContext.DECIMAL64),
            "per month", BigDecimal.valueOf(12), "per year", BigDecimal.ONE);

    private Units() {
    }

    /** Whether a fact of this type may be declared in this unit. */
    public static boolean allowed(FactType type, String unit) {
        return scale(type).containsKey(unit);
    }

    /** The units a type may be declared in, for messages. */
    public static String choices(FactType type) {
        return String.join(", ", new java.util.TreeSet<>(scale(type).keySet()));
    }

    /** A value in {@code from} expressed in {@code to}; both units of {@code type}. */
    public static BigDecimal convert(FactType type, BigDecimal value, String from, String to) {
        Map<String, BigDecimal> scale = scale(type);
        if (!scale.containsKey(from) || !scale.containsKey(to)) {
            throw new IllegalArgumentException("cannot convert " + type + " from " + from + " to " + to);
        }
        return value.multiply(scale.get(from)).divide(scale.get(to), MathContext.DECIMAL64);
    }

    private static Map<String, BigDecimal> scale(FactType type) {
        return switch (type) {
            case DURATION -> DURATION;
            case FREQUENCY -> FREQUENCY;
            default -> Map.of();
        };
    }
}
