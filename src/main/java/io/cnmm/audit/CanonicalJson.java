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
import java.util.HexFormat;

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
        CanonicalWriter.write(value, new CanonicalWriter.Sink() {
            @Override
            public void append(char c) {
                out.append(c);
            }

            @Override
            public void append(String text) {
                out.append(text);
            }
        });
        return out.toString();
    }

    /**
     * {@code sha256:<64 lowercase hex digits>} of the canonical form's UTF-8 bytes, encoded and
     * hashed as it is written: an assessment's few hundred kilobytes are never held as one string.
     */
    public static String digest(Object value) {
        MessageDigest sha256 = sha256();
        try (Utf8Digest out = new Utf8Digest(sha256)) {
            CanonicalWriter.write(value, out);
        }
        return "sha256:" + HexFormat.of().formatHex(sha256.digest());
    }

    public static String sha256(String text) {
        return sha256Of(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256Of(byte[] bytes) {
        return "sha256:" + HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** {@code 55.0} and {@code 55} are one number: written {@code 55}; {@code 0.50} as {@code 0.5}; never an exponent. */
    public static String number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.toBigIntegerExact().toString() : stripped.toPlainString();
    }
}
