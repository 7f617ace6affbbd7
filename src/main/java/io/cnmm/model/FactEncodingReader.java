package io.cnmm.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.cnmm.problem.SourceProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads how a fact is encoded beyond its type ({@code unit}, {@code never}, {@code formerly}) and
 * checks what the schema cannot: the unit fits the type, {@code never} is the worst value (so only
 * on a number that is better lower), a former unit can be converted.
 */
final class FactEncodingReader {

    private final List<SourceProblem> problems;

    FactEncodingReader(List<SourceProblem> problems) {
        this.problems = problems;
    }

    String unit(String file, String at, FactType type, JsonNode fact) {
        if (!fact.has("unit")) {
            return type.unit();
        }
        String unit = fact.get("unit").asText();
        if (!Units.allowed(type, unit)) {
            problems.add(SourceProblem.at(file, at + "/unit", "a " + type.name().toLowerCase() + " cannot be in " + unit
                    + (Units.choices(type).isEmpty() ? "; only durations and frequencies declare a unit"
                    : "; use one of " + Units.choices(type))));
        }
        return unit;
    }

    boolean never(String file, String at, FactType type, Better better, JsonNode fact) {
        boolean never = fact.path("never").asBoolean(false);
        if (never && (!type.isNumeric() || better != Better.LOWER)) {
            problems.add(SourceProblem.at(file, at + "/never", "\"never\" is the worst value of an interval: declare it"
                    + " on a number with better: lower only"));
        }
        return never;
    }

    FormerEncoding formerly(String file, String at, FactType type, JsonNode fact) {
        JsonNode node = fact.get("formerly");
        if (node == null) {
            return null;
        }
        String unit = node.hasNonNull("unit") ? node.get("unit").asText() : null;
        if (unit != null && !Units.allowed(type, unit)) {
            problems.add(SourceProblem.at(file, at + "/formerly/unit", "a former " + type.name().toLowerCase()
                    + " cannot be converted from " + unit));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        node.path("values").fields().forEachRemaining(e -> values.put(e.getKey(),
                e.getValue().isNumber() ? e.getValue().numberValue() : e.getValue().isBoolean()
                        ? e.getValue().booleanValue() : e.getValue().asText()));
        return new FormerEncoding(node.hasNonNull("key") ? node.get("key").asText() : null, unit,
                node.hasNonNull("decimals") ? node.get("decimals").asInt() : null, values);
    }
}
