package io.cnmm.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * One constraint of a Fact pattern read into its accessor, operator and value, so that plain Java
 * can decide it the way Drools does: {@code number >= 25}, {@code flag == true}, {@code atLeast("iac")}.
 *
 * @param operand a Double, Boolean or String (an option)
 */
public record Condition(String accessor, String operator, Object operand) {

    /** The condition, or empty when it is not a vocabulary condition with a literal value. */
    static Optional<Condition> parse(String expression) {
        Matcher m = RequirementReader.NUMBER.matcher(expression);
        if (m.matches()) {
            return number(m.group(2).trim()).map(value -> new Condition("number", m.group(1), value));
        }
        Matcher flag = RequirementReader.FLAG.matcher(expression);
        if (flag.matches()) {
            return Optional.of(new Condition("flag", "==", Boolean.valueOf(flag.group(1))));
        }
        Matcher at = RequirementReader.AT.matcher(expression);
        if (at.matches()) {
            return Optional.of(new Condition("choice", "at" + at.group(1), at.group(2)));
        }
        Matcher choice = RequirementReader.CHOICE.matcher(expression);
        return choice.matches() ? Optional.of(new Condition("choice", choice.group(1), choice.group(2))) : Optional.empty();
    }

    /**
     * Whether a fact value meets the condition.
     *
     * @param value   a Double, Boolean or String, as {@link io.cnmm.vocabulary.Fact#value()} holds it
     * @param options the fact's options, lowest first, for {@code atLeast} and {@code atMost}
     */
    public boolean test(Object value, List<String> options) {
        return switch (accessor) {
            case "number" -> value instanceof Double number && compare(number, (Double) operand);
            case "flag" -> operand.equals(value);
            default -> value instanceof String option && choose(option, options);
        };
    }

    // Primitive comparisons, as the condition reads: Double.compare would put -0.0 below 0.
    private boolean compare(double value, double threshold) {
        return switch (operator) {
            case ">=" -> value >= threshold;
            case "<=" -> value <= threshold;
            case ">" -> value > threshold;
            case "<" -> value < threshold;
            case "==" -> value == threshold;
            default -> value != threshold;
        };
    }

    private boolean choose(String option, List<String> options) {
        return switch (operator) {
            case "atLeast" -> options.contains(operand) && options.indexOf(option) >= options.indexOf(operand);
            case "atMost" -> options.contains(operand) && options.indexOf(option) <= options.indexOf(operand);
            case "==" -> option.equals(operand);
            default -> !option.equals(operand);
        };
    }

    /** A literal as {@link RequirementReader#NUMBER} admits it: {@code 25}, {@code -0.5}. */
    private static Optional<Double> number(String literal) {
        try {
            return Optional.of(Double.valueOf(literal));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
