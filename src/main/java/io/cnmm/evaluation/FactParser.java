package io.cnmm.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import io.cnmm.model.FactDefinition;
import io.cnmm.model.FactType;
import io.cnmm.model.MaturityModel;
import io.cnmm.problem.FieldError;
import io.cnmm.vocabulary.Fact;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks submitted facts against the fact schema declared in model-data and turns them into
 * {@link Fact}s. Every problem is reported at once, named by field, so one round trip fixes them all.
 */
public final class FactParser {

    private final MaturityModel model;
    private final boolean checkDigits;

    public FactParser(MaturityModel model) {
        this(model, true);
    }

    private FactParser(MaturityModel model, boolean checkDigits) {
        this.model = model;
        this.checkDigits = checkDigits;
    }

    /**
     * A parser for facts read back from a stored assessment. They were accepted when submitted, maybe
     * before digits were limited, and were evaluated as the double they are stored as: replay and
     * re-evaluation must take that same value, not refuse it.
     */
    public static FactParser forStored(MaturityModel model) {
        return new FactParser(model, false);
    }

    public SubmittedFacts parse(Map<String, JsonNode> submitted) {
        List<FieldError> errors = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : new TreeMap<>(submitted).entrySet()) {
            String field = "facts." + entry.getKey();
            FactDefinition definition = model.facts().get(entry.getKey());
            if (definition == null) {
                errors.add(new FieldError(field, "unknown fact key; GET /api/model lists the facts each indicator reads"));
                continue;
            }
            String problem = problemWith(definition, entry.getValue(), checkDigits);
            if (problem != null) {
                errors.add(new FieldError(field, problem));
                continue;
            }
            Fact fact = toFact(definition, entry.getValue());
            facts.add(fact);
            values.put(fact.getKey(), plain(fact.value()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFactsException(errors);
        }
        return new SubmittedFacts(facts, values);
    }

    private static String problemWith(FactDefinition definition, JsonNode value, boolean checkDigits) {
        FactType type = definition.type();
        if (value == null || value.isNull()) {
            return "must not be null; leave the fact out if it is unknown";
        }
        if (type == FactType.FLAG) {
            return value.isBoolean() ? null : "must be true or false";
        }
        if (type == FactType.CHOICE) {
            return value.isTextual() && definition.options().contains(value.asText())
                    ? null : "must be one of " + definition.options();
        }
        if (definition.never() && value.isTextual() && FactDefinition.NEVER.equals(value.asText())) {
            return null;
        }
        if (!value.isNumber()) {
            return "must be a number" + (definition.unit() == null ? "" : " (" + definition.unit() + ")") + orNever(definition);
        }
        if (!Double.isFinite(value.asDouble())) {
            return "must be a finite number";
        }
        // Compared as the exact decimal submitted: a double would make 100.00000000000000001 equal 100.
        BigDecimal number = value.decimalValue().stripTrailingZeros();
        if (type == FactType.COUNT && number.scale() > 0) {
            return "must be a whole number";
        }
        if (checkDigits && number.scale() > type.decimals()) {
            return "has " + number.scale() + " digits after the decimal point, a " + type.name().toLowerCase(Locale.ROOT)
                    + " fact allows at most " + type.decimals() + ", was " + number.toPlainString();
        }
        if (checkDigits && number.precision() > FactType.MAX_SIGNIFICANT_DIGITS) {
            return "has " + number.precision() + " significant digits, at most " + FactType.MAX_SIGNIFICANT_DIGITS
                    + " are allowed, was " + number.toPlainString();
        }
        if (definition.min() != null && number.compareTo(BigDecimal.valueOf(definition.min())) < 0) {
            return "must be at least " + format(definition.min()) + unitSuffix(definition) + orNever(definition)
                    + ", was " + value.asText();
        }
        if (definition.max() != null && number.compareTo(BigDecimal.valueOf(definition.max())) > 0) {
            return "must be at most " + format(definition.max()) + unitSuffix(definition) + ", was " + value.asText();
        }
        return null;
    }

    private static Fact toFact(FactDefinition definition, JsonNode value) {
        return switch (definition.type()) {
            case FLAG -> Fact.flag(definition.key(), value.asBoolean());
            case CHOICE -> Fact.choice(definition.key(), value.asText(), definition.options());
            // "never" is longer than any interval a rule can name: above every threshold, as the worst value.
            default -> Fact.number(definition.key(), value.isTextual() ? Double.POSITIVE_INFINITY : value.asDouble());
        };
    }

    /** Whole numbers are kept whole (55, not 55.0), so stored facts read as they were submitted. */
    static Object plain(Object value) {
        if (value instanceof Double d && d == Double.POSITIVE_INFINITY) {
            return FactDefinition.NEVER;
        }
        return value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) d.longValue() : value;
    }

    private static String unitSuffix(FactDefinition definition) {
        return definition.unit() == null ? "" : ("%".equals(definition.unit()) ? " %" : " " + definition.unit());
    }

    private static String orNever(FactDefinition definition) {
        return definition.never() ? ", or \"never\"" : "";
    }

    static String format(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }
}
