package io.cnmm.report;

import io.cnmm.audit.CanonicalJson;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Trace entries and fact values as people read them: {@code containerized_pct=50} rather than
 * {@code {"fact": "containerized_pct", "value": 50}}; numbers as the canonical JSON writes them.
 */
final class FactValues {

    private FactValues() {
    }

    /** The objects a rule matched or derived, {@code ; } between objects. */
    static String entries(List<Map<String, Object>> objects) {
        return objects.stream().map(FactValues::entry).collect(Collectors.joining("; "));
    }

    static String entry(Map<String, Object> object) {
        if (object.size() == 2 && object.containsKey("fact") && object.containsKey("value")) {
            return object.get("fact") + "=" + value(object.get("value"));
        }
        return object.entrySet().stream().map(e -> e.getKey() + "=" + value(e.getValue())).collect(Collectors.joining(", "));
    }

    static String value(Object value) {
        if (value instanceof Number number) {
            return CanonicalJson.number(new BigDecimal(number.toString()));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(FactValues::value).collect(Collectors.joining(" | ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + "=" + value(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return String.valueOf(value);
    }
}
