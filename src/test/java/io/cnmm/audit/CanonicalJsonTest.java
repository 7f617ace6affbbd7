package io.cnmm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The canonical JSON form that digests are computed over, rule by rule as docs/audit.md states them. */
class CanonicalJsonTest {

    @Test
    void sortsMembersByNameAtEveryDepthAndWritesNoWhitespace() {
        assertEquals("{\"a\":[{\"x\":1,\"y\":2}],\"b\":{\"c\":true,\"d\":null}}",
                canonical("{ \"b\": {\"d\": null, \"c\": true},\n \"a\": [ {\"y\": 2, \"x\": 1} ] }"));
    }

    @Test
    void writesEachNumberByItsValueWithoutExponentOrTrailingZeros() {
        assertEquals("[55,55,0.5,100,0.0000001,0,-12.25,12345678901234567890]",
                canonical("[55, 55.0, 0.50, 1E+2, 1e-7, -0.0, -12.250, 12345678901234567890]"));
        assertEquals("{\"pct\":55.5}", CanonicalJson.write(Map.of("pct", 55.5d)));
    }

    @Test
    void escapesStringsAsRfc8785Does() {
        assertEquals("\"quote \\\" backslash \\\\ tab \\t unit \\u001f slash / 全面级 é\"",
                canonical("\"quote \\\" backslash \\\\ tab \\t unit \\u001F slash \\/ \\u5168\\u9762\\u7ea7 é\""));
    }

    @Test
    void givesTheSameDigestForTheSameValueHoweverItIsFormatted() {
        String compact = "{\"level\":3,\"facts\":{\"containerized_pct\":50}}";
        String pretty = "{\n  \"facts\" : { \"containerized_pct\" : 50.0 },\n  \"level\" : 3\n}";
        assertEquals(digest(compact), digest(pretty));
        assertEquals(CanonicalJson.digest(Map.of("level", 3, "facts", Map.of("containerized_pct", 50))), digest(compact));
    }

    @Test
    void digestsTheUtf8BytesOfTheCanonicalForm() {
        // sha256("{}"), as `printf '{}' | sha256sum` prints it
        assertEquals("sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
                CanonicalJson.digest(Map.of()));
        assertEquals(CanonicalJson.sha256("[\"全面级\"]"), CanonicalJson.digest(List.of("全面级")));
    }

    @Test
    void refusesADuplicatedMemberName() {
        assertThrows(RuntimeException.class, () -> canonical("{\"a\": 1, \"a\": 2}"));
    }

    @Test
    void writesJavaValuesExactlyAsTheirJacksonTreeIsWritten() {
        Map<String, Object> mixed = new LinkedHashMap<>();
        mixed.put("ints", List.of(0, -7, Long.MAX_VALUE, (short) 3, (byte) -1));
        mixed.put("floats", List.of(55.0d, 0.1d, 1e-7d, -0.0d, 1e21d, 0.1f, 3.4e38f, 12.250d));
        mixed.put("exact", List.of(new BigDecimal("12.2500"), new BigDecimal("1E+3"), new BigInteger("123456789012345678901234567890")));
        mixed.put("text", List.of("", "quote \" \\ \t \u001f", "全面级 é 😀", "lone \ud800 high", "lone \udc00 low", "end \ud83d"));
        mixed.put("null", null);
        mixed.put("flags", Set.of(true));
        mixed.put("id", UUID.fromString("00000000-0000-0000-0000-00000000000a"));
        mixed.put("numberKeys", Map.of(2, "b", 1, "a"));
        mixed.put("records", List.of(new Plain("x", 2, List.of(Map.of("z", 1, "a", 2))), new WithGetter("y")));
        mixed.put("nested", Map.of("b", Map.of("d", List.of(), "c", Map.of()), "a", new TreeMap<>(Map.of("é", 1, "e", 2, "Z", 3))));

        String viaTree = CanonicalJson.write(CanonicalJson.tree(mixed));

        assertEquals(viaTree, CanonicalJson.write(mixed));
        assertEquals(CanonicalJson.sha256(viaTree), CanonicalJson.digest(mixed));
        assertEquals(CanonicalJson.sha256(viaTree), CanonicalJson.digest(CanonicalJson.tree(mixed)));
    }

    @Test
    void digestsLongTextAcrossTheEncodersBufferAsTheStringsBytesAre() {
        String text = "全面级😀".repeat(5_000) + "a".repeat(8_191) + "😀" + "\ud800";
        assertEquals(CanonicalJson.sha256(CanonicalJson.write(List.of(text))), CanonicalJson.digest(List.of(text)));
    }

    public record Plain(String name, int level, List<Map<String, Object>> matched) {
    }

    /** Jackson writes a getter-like method as a property too; the direct walk must not skip it. */
    public record WithGetter(String name) {
        public String getLabel() {
            return "label of " + name;
        }
    }

    private static String canonical(String json) {
        return CanonicalJson.write(CanonicalJson.parse(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String digest(String json) {
        return CanonicalJson.digest(CanonicalJson.parse(json.getBytes(StandardCharsets.UTF_8)));
    }
}
