package io.cnmm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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

    private static String canonical(String json) {
        return CanonicalJson.write(CanonicalJson.parse(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String digest(String json) {
        return CanonicalJson.digest(CanonicalJson.parse(json.getBytes(StandardCharsets.UTF_8)));
    }
}
