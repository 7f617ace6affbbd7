package io.cnmm.audit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The one JSON form that digests are computed over, so that anyone can recompute them from an
 * export with any JSON library (docs/audit.md gives the rules and a Python version): members
 * sorted by name, no whitespace, strings escaped as RFC 8785 does, and numbers as their exact
 * decimal value without exponent or trailing zeros, integral ones as integers. Deliberately
 * independent of the REST mapper's settings, which may change; this form must not.
 */
public final class CanonicalJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private CanonicalJson() {
    }

    /** Any value Jackson can serialise (records, maps, lists) as a JSON tree. */
    public static JsonNode tree(Object value) {
        return value instanceof JsonNode node ? node : MAPPER.valueToTree(value);
    }

    /** Parses JSON text; decimals stay exact and a duplicated member name is an error. */
    public static JsonNode parse(byte[] json) {
        try (JsonParser parser = MAPPER.createParser(json)) {
            return MAPPER.readTree(parser);
        } catch (IOException e) {
            throw new UncheckedIOException("not valid JSON: " + e.getMessage(), e);
        }
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder(64 * 1024); // an assessment's record is 100-300 KB
        append(tree(value), out);
        return out.toString();
    }

    /** {@code sha256:<64 lowercase hex digits>} of the canonical form's UTF-8 bytes. */
    public static String digest(Object value) {
        return sha256(write(value));
    }

    public static String sha256(String text) {
        return sha256Of(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256Of(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void append(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null); // String order is UTF-16 code unit order, as RFC 8785 sorts
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                out.append(i == 0 ? "" : ",");
                appendString(names.get(i), out);
                out.append(':');
                append(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "" : ",");
                append(node.get(i), out);
            }
            out.append(']');
        } else if (node.isIntegralNumber() && node.canConvertToLong()) {
            out.append(node.longValue()); // the common case, without a BigDecimal
        } else if (node.isNumber()) {
            out.append(number(node.decimalValue()));
        } else if (node.isTextual()) {
            appendString(node.textValue(), out);
        } else if (node.isBoolean() || node.isNull() || node.isMissingNode()) {
            out.append(node.isBoolean() ? String.valueOf(node.booleanValue()) : "null");
        } else {
            throw new IllegalArgumentException("no canonical form for JSON node type " + node.getNodeType());
        }
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

    /** {@code 55.0} and {@code 55} are one number: written {@code 55}; {@code 0.50} as {@code 0.5}; never an exponent. */
    public static String number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.toBigIntegerExact().toString() : stripped.toPlainString();
    }

    private static void appendString(String text, StringBuilder out) {
        out.append('"');
        if (!needsEscaping(text)) { // most are: then the text is written as it is, at once
            out.append(text).append('"');
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
}
