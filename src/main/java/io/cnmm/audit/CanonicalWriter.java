package io.cnmm.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes a value in {@link CanonicalJson}'s form. Records, maps, lists, strings, numbers and
 * booleans, which is all an assessment's evidence holds, are walked directly. Anything else goes
 * through a Jackson tree first, as everything used to, and the direct walk writes exactly what the
 * tree gives (CanonicalJsonTest): building that tree for an assessment cost as much as writing it.
 */
final class CanonicalWriter {

    /** Where the canonical text goes. */
    interface Sink {
        void append(char c);

        void append(String text);
    }

    /** A record's accessors sorted by component name, or empty if Jackson might not see just its components. */
    private static final ClassValue<Optional<List<RecordComponent>>> PLAIN_RECORDS = new ClassValue<>() {
        @Override
        protected Optional<List<RecordComponent>> computeValue(Class<?> type) {
            return plainRecord(type);
        }
    };

    private CanonicalWriter() {
    }

    static void write(Object value, Sink out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            out.append(Long.toString(((Number) value).longValue()));
        } else if (value instanceof Boolean flag) {
            out.append(flag.toString());
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isFinite(number)) {
                out.append(CanonicalJson.number(BigDecimal.valueOf(number)));
            } else {
                node(CanonicalJson.tree(value), out);
            }
        } else if (value instanceof BigDecimal decimal) {
            out.append(CanonicalJson.number(decimal));
        } else if (value instanceof BigInteger integer) {
            out.append(integer.toString());
        } else if (value instanceof UUID id) {
            string(id.toString(), out);
        } else if (value instanceof Map<?, ?> map && namedByStrings(map)) {
            object(map, out);
        } else if (value instanceof Collection<?> items) {
            array(items, out);
        } else if (value instanceof JsonNode node) {
            node(node, out);
        } else if (value instanceof Record record && PLAIN_RECORDS.get(record.getClass()).isPresent()) {
            record(record, PLAIN_RECORDS.get(record.getClass()).get(), out);
        } else {
            node(CanonicalJson.tree(value), out);
        }
    }

    private static void object(Map<?, ?> map, Sink out) {
        Object[] names = map.keySet().toArray();
        Arrays.sort(names); // String order is UTF-16 code unit order, as RFC 8785 sorts
        out.append('{');
        for (int i = 0; i < names.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            string((String) names[i], out);
            out.append(':');
            write(map.get(names[i]), out);
        }
        out.append('}');
    }

    private static boolean namedByStrings(Map<?, ?> map) {
        for (Object name : map.keySet()) {
            if (!(name instanceof String)) {
                return false;
            }
        }
        return true;
    }

    private static void array(Collection<?> items, Sink out) {
        out.append('[');
        boolean first = true;
        for (Object item : items) {
            if (!first) {
                out.append(',');
            }
            first = false;
            write(item, out);
        }
        out.append(']');
    }

    private static void record(Record record, List<RecordComponent> components, Sink out) {
        out.append('{');
        for (int i = 0; i < components.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            RecordComponent component = components.get(i);
            string(component.getName(), out);
            out.append(':');
            try {
                write(component.getAccessor().invoke(record), out);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
        out.append('}');
    }

    private static void node(JsonNode node, Sink out) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(names.get(i), out);
                out.append(':');
                node(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                node(node.get(i), out);
            }
            out.append(']');
        } else if (node.isIntegralNumber() && node.canConvertToLong()) {
            out.append(Long.toString(node.longValue())); // the common case, without a BigDecimal
        } else if (node.isNumber()) {
            out.append(CanonicalJson.number(node.decimalValue()));
        } else if (node.isTextual()) {
            string(node.textValue(), out);
        } else if (node.isBoolean() || node.isNull() || node.isMissingNode()) {
            out.append(node.isBoolean() ? String.valueOf(node.booleanValue()) : "null");
        } else {
            throw new IllegalArgumentException("no canonical form for JSON node type " + node.getNodeType());
        }
    }

    private static void string(String text, Sink out) {
        out.append('"');
        if (!needsEscaping(text)) { // most are: then the text is written as it is, at once
            out.append(text);
            out.append('"');
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean needsEscaping(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return true;
            }
        }
        return false;
    }

    /**
     * Jackson writes a record as its components, unless an annotation or a getter-like method says
     * otherwise; only records with neither are walked directly.
     */
    private static Optional<List<RecordComponent>> plainRecord(Class<?> type) {
        if (!Modifier.isPublic(type.getModifiers()) || hasJacksonAnnotation(type.getAnnotations())) {
            return Optional.empty();
        }
        RecordComponent[] components = type.getRecordComponents();
        Set<String> accessors = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
        for (RecordComponent component : components) {
            if (hasJacksonAnnotation(component.getAnnotations()) || hasJacksonAnnotation(component.getAccessor().getAnnotations())) {
                return Optional.empty();
            }
        }
        for (Method method : type.getMethods()) {
            boolean getterLike = method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                    && method.getDeclaringClass() == type && !accessors.contains(method.getName())
                    && (method.getName().startsWith("get") || method.getName().startsWith("is"));
            if (getterLike || hasJacksonAnnotation(method.getAnnotations())) {
                return Optional.empty();
            }
        }
        return Optional.of(Arrays.stream(components).sorted(Comparator.comparing(RecordComponent::getName)).toList());
    }

    private static boolean hasJacksonAnnotation(Annotation[] annotations) {
        return Arrays.stream(annotations).anyMatch(a -> a.annotationType().getName().startsWith("com.fasterxml.jackson"));
    }
}
