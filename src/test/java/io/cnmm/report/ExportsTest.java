package io.cnmm.report;

import static io.cnmm.testsupport.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.CsvRows;
import io.cnmm.testsupport.Examples;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every export format of one assessment, for each example profile: what each contains, and that
 * they agree with each other and with the levels the profiles are known to reach. ExportIT runs
 * it again on the packaged application.
 */
@QuarkusTest
class ExportsTest {

    /** Numbers compare by value: the API may write 50.0 where the canonical export writes 50. */
    private static final Comparator<JsonNode> BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    static List<String> profiles() {
        return Examples.PROFILES;
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void theJsonExportHoldsTheWholeAssessmentAndItsSeal(String profile) {
        String id = Api.submit(Api.createEnterprise("Export JSON " + profile), Examples.body(profile));
        JsonNode export = json(id);
        JsonNode stored = tree(given().get("/api/assessments/" + id).asString());

        assertEquals("cnmm-export/1", export.path("format").asText());
        assertEquals(export.path("assessment").path("advice").isEmpty() ? "cnmm-assessment/1" : "cnmm-assessment/2",
                export.path("assessment").path("format").asText(), "advice with effects is the second format");
        for (String field : List.of("id", "modelVersion", "rulesetDigest", "rulesetVersion", "facts", "overall", "parts",
                "characteristics", "domains", "indicators", "advice")) {
            assertTrue(stored.get(field).equals(BY_VALUE, export.path("assessment").get(field)), field);
        }
        // The API shows the trace as a reader is shown it; the export holds every firing, as sealed.
        Map<Integer, JsonNode> sealed = new HashMap<>();
        export.at("/assessment/trace").forEach(entry -> sealed.put(entry.path("sequence").asInt(), entry));
        for (JsonNode shown : stored.get("trace")) {
            JsonNode firing = sealed.get(shown.path("sequence").asInt());
            assertEquals(firing.path("rule"), shown.path("rule"));
            shown.path("matched").forEach(fact -> assertTrue(export.at("/assessment/trace").findValues("matched").stream()
                    .anyMatch(m -> java.util.stream.StreamSupport.stream(m.spliterator(), false).anyMatch(fact::equals))));
        }
        assertEquals("Ed25519", export.path("seal").path("algorithm").asText());
        assertEquals("Export JSON " + profile, export.path("enterprise").path("name").asText());
        Map<String, Integer> levels = levels(export);
        Examples.expectedLevels(profile).forEach((scope, level) -> assertEquals(level, levels.get(scope), scope));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void theCsvExportsHoldTheSameLevelsAndTraceAsTheJsonShows(String profile) {
        String id = Api.submit(Api.createEnterprise("Export CSV " + profile), Examples.body(profile));
        JsonNode export = json(id);

        List<Map<String, String>> levelRows = CsvRows.parse(csv(id, "levels"));
        Map<String, Integer> csvLevels = new HashMap<>();
        levelRows.forEach(row -> csvLevels.put(row.get("id"), row.get("level").isEmpty() ? null : Integer.valueOf(row.get("level"))));
        assertEquals(levels(export), csvLevels);
        levelRows.forEach(row -> assertEquals(export.at("/seal/digest").asText(), row.get("assessment_digest")));

        List<Map<String, String>> traceRows = CsvRows.parse(csv(id, "trace"));
        JsonNode trace = tree(given().get("/api/assessments/" + id).asString()).get("trace"); // as a reader is shown it
        assertEquals(trace.size(), traceRows.size());
        for (int i = 0; i < trace.size(); i++) {
            assertEquals(trace.get(i).path("sequence").asText(), traceRows.get(i).get("sequence"));
            assertEquals(trace.get(i).path("rule").asText(), traceRows.get(i).get("rule"));
            if ("criteria".equals(trace.get(i).path("stage").asText())) {
                JsonNode fact = trace.get(i).at("/matched/0");
                assertTrue(traceRows.get(i).get("matched").startsWith(fact.path("fact").asText() + "="
                        + (fact.path("value").isTextual() ? fact.path("value").asText() : fact.path("value").toString())),
                        "the facts a criterion matched, with their values");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void theHtmlAndPdfReportsShowTheSameLevels(String profile) {
        String id = Api.submit(Api.createEnterprise("Export Report " + profile), Examples.body(profile));
        JsonNode export = json(id);
        String html = given().get("/api/assessments/" + id + "/report.html").then().statusCode(200)
                .contentType("text/html").header("Content-Security-Policy", containsString("default-src 'none'"))
                .extract().asString();

        assertTrue(html.contains("Export Report " + profile));
        assertTrue(html.contains(export.at("/assessment/rulesetVersion").asText()));
        assertTrue(html.contains(export.at("/seal/digest").asText()));
        assertEquals(3, html.split("<svg ").length - 1, "a radar chart per part");
        int overall = export.at("/assessment/overall/level").asInt();
        assertTrue(html.contains("Overall level: <span class=\"value\">" + overall + " · "));
        for (JsonNode indicator : export.at("/assessment/indicators")) {
            String shown = indicator.path("level").isNull() ? "not assessed" : indicator.path("level").asInt() + " · ";
            assertTrue(html.contains(indicator.path("id").asText() + " ") && html.contains("<td class=\"level\">" + shown),
                    () -> indicator.path("id") + " and its level");
        }
        assertTrue(html.contains(" because: at level 2, &#39;"), "levels are justified from the trace, in words");

        String pdf = pdfText(id);
        assertTrue(pdf.contains("Export Report " + profile));
        assertTrue(pdf.contains("Overall level: " + overall + " · "));
        for (JsonNode part : export.at("/assessment/parts")) {
            assertTrue(pdf.contains(": level " + part.path("level").asInt() + " · "), () -> "part " + part.path("id"));
        }
        assertTrue(pdf.contains(export.at("/seal/digest").asText().substring(0, 40)));
        if (profile.equals("progressing")) {
            assertTrue(html.contains("<strong>raises overall 2 → 3, part S 2 → 3"), "each step shows what it raises");
            assertTrue(pdf.replaceAll("\\s+", " ").contains("raises overall 2 → 3, part S 2 → 3"), "in the PDF too");
        }
    }

    @Test
    void escapesWhatUsersTypedInEveryFormat() {
        String name = "<script>alert('x')</script> & \"Sons\"";
        String enterprise = given().contentType("application/json").body(Map.of("name", name)).post("/api/enterprises")
                .then().statusCode(201).extract().path("id");
        String id = Api.submit(enterprise, Examples.body("just-starting"));
        String html = given().get("/api/assessments/" + id + "/report.html").then().statusCode(200).extract().asString();
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Sons&quot;"));
        assertTrue(pdfText(id).contains(name));
        assertEquals(name, json(id).at("/enterprise/name").asText());
    }

    @Test
    void answersAnUnknownAssessmentWithNotFoundInEveryFormat() {
        UUID unknown = UUID.randomUUID();
        for (String export : List.of("export.json", "export.csv", "export.csv?part=trace", "report.html", "report.pdf")) {
            given().get("/api/assessments/" + unknown + "/" + export).then().statusCode(404)
                    .contentType("application/problem+json").body("type", endsWith("/not-found"));
        }
        String id = Api.submit(Api.createEnterprise("CSV Parts Co"), Examples.body("just-starting"));
        given().get("/api/assessments/" + id + "/export.csv?part=gaps").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("part"));
    }

    private static JsonNode json(String id) {
        return tree(given().get("/api/assessments/" + id + "/export.json").then().statusCode(200)
                .contentType("application/json").extract().asString());
    }

    private static JsonNode tree(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csv(String id, String part) {
        return given().get("/api/assessments/" + id + "/export.csv?part=" + part).then().statusCode(200)
                .contentType("text/csv").header("Content-Disposition", containsString(part + ".csv")).extract().asString();
    }

    private static String pdfText(String id) {
        byte[] pdf = given().get("/api/assessments/" + id + "/report.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every level in a JSON export by id ({@code overall} for the overall level); {@code null} when not assessed. */
    private static Map<String, Integer> levels(JsonNode export) {
        Map<String, Integer> levels = new HashMap<>();
        levels.put("overall", export.at("/assessment/overall/level").isNull() ? null : export.at("/assessment/overall/level").asInt());
        for (String scope : List.of("parts", "characteristics", "domains", "indicators")) {
            for (JsonNode item : export.at("/assessment/" + scope)) {
                levels.put(item.path("id").asText(), item.path("level").isNull() ? null : item.path("level").asInt());
            }
        }
        return levels;
    }
}
