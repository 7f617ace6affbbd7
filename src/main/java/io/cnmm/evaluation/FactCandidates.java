package io.cnmm.evaluation;

import io.cnmm.model.FactDefinition;
import io.cnmm.model.FactType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The values of a fact worth trying, lowest first: for a number, its declared bounds, every
 * threshold the criteria compare it with, and one value inside each stretch between them (whole
 * numbers for counts). Criteria only compare with thresholds, so a value decides the same way as
 * every other value of its stretch, and trying the candidates is as good as trying every value.
 */
final class FactCandidates {

    private FactCandidates() {
    }

    /** Candidates in ascending order: numbers, {@code false} then {@code true}, or the options lowest first. */
    static List<Object> of(FactDefinition fact, Collection<Double> thresholds) {
        return switch (fact.type()) {
            case FLAG -> List.of(false, true);
            case CHOICE -> List.copyOf(fact.options());
            default -> fact.never() ? withNever(numbers(fact, thresholds)) : List.copyOf(numbers(fact, thresholds));
        };
    }

    /** "never" reads as a number above every threshold: the last, worst candidate of an interval. */
    private static List<Object> withNever(List<Double> numbers) {
        List<Object> values = new ArrayList<>(numbers);
        if (!numbers.isEmpty()) {
            values.add(Double.POSITIVE_INFINITY);
        }
        return List.copyOf(values);
    }

    /** What a fact allows, for messages: {@code percent, 0–100}, {@code count, 0 or more}, {@code choice of a, b, c}. */
    static String range(FactDefinition fact) {
        String unit = fact.unit() == null || fact.type() == FactType.PERCENT ? ""
                : fact.unit().startsWith("per ") ? " " + fact.unit() : " in " + fact.unit();
        String type = fact.type().name().toLowerCase() + unit;
        return switch (fact.type()) {
            case FLAG -> "flag, true or false";
            case CHOICE -> "choice of " + String.join(", ", fact.options());
            default -> type + ", " + bounds(fact.min(), fact.max()) + (fact.never() ? ", or never" : "");
        };
    }

    private static String bounds(Double min, Double max) {
        if (min != null && max != null) {
            return FactParser.format(min) + "–" + FactParser.format(max);
        }
        if (min != null || max != null) {
            return min != null ? FactParser.format(min) + " or more" : "up to " + FactParser.format(max);
        }
        return "any value";
    }

    private static List<Double> numbers(FactDefinition fact, Collection<Double> thresholds) {
        boolean whole = fact.type() == FactType.COUNT;
        Double min = fact.min() == null ? null : whole ? Math.ceil(fact.min()) : fact.min();
        Double max = fact.max() == null ? null : whole ? Math.floor(fact.max()) : fact.max();
        if (min != null && max != null && min > max) {
            return List.of();
        }
        TreeSet<Double> bounds = new TreeSet<>();
        thresholds.stream().filter(t -> (min == null || t >= min) && (max == null || t <= max)).forEach(bounds::add);
        Stream.of(min, max).filter(Objects::nonNull).forEach(bounds::add);
        if (bounds.isEmpty()) {
            return List.of(0.0);
        }
        List<Double> values = new ArrayList<>();
        if (min == null) {
            values.add(whole ? Math.ceil(bounds.first()) - 1 : bounds.first() - 1);
        }
        values.addAll(fromFirstToLast(bounds, whole));
        if (max == null) {
            values.add(whole ? Math.floor(bounds.last()) + 1 : bounds.last() + 1);
        }
        return values;
    }

    /** Each bound a value can take, and one value strictly between each two neighbouring bounds. */
    private static List<Double> fromFirstToLast(TreeSet<Double> bounds, boolean whole) {
        List<Double> values = new ArrayList<>();
        Double previous = null;
        for (double bound : bounds) {
            if (previous != null) {
                between(previous, bound, whole).ifPresent(values::add);
            }
            if (!whole || bound == Math.rint(bound)) {
                values.add(bound);
            }
            previous = bound;
        }
        return values;
    }

    /** The shortest decimal (or the lowest whole number) strictly between two values, if any. */
    private static Optional<Double> between(double low, double high, boolean whole) {
        if (whole) {
            double next = Math.floor(low) + 1;
            return next < high ? Optional.of(next) : Optional.empty();
        }
        double middle = low / 2 + high / 2; // halves first: the sum of two large bounds would overflow
        for (int scale = 0; scale <= 12; scale++) {
            double value = BigDecimal.valueOf(middle).setScale(scale, RoundingMode.HALF_UP).doubleValue();
            if (value > low && value < high) {
                return Optional.of(value);
            }
        }
        return Optional.of(middle);
    }
}
