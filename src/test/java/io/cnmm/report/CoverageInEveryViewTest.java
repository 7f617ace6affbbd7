package io.cnmm.report;

import static io.cnmm.testsupport.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.CsvRows;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A result built on a small share of the model says so in every view, and gives no part or overall
 * level that the share cannot carry (docs/model.md, "When an aggregate is assessed").
 */
@QuarkusTest
class CoverageInEveryViewTest {

    /** T-RD-04 alone: one indicator of 97, at level 5. */
    private static final String ONE_INDICATOR = """
            {"facts": {"deploys_per_year_median": 365}}""";
    /** A-I2, A-G6, A-G7 and A-G8: the observability members, at 4, 3, 5 and 2 (observability 3). */
    private static final String OBSERVABILITY_ONLY = """
            {"facts": {"app_infra_monitoring_pct": 95, "app_infra_ops": "platform", "app_infra_auto_recovery_pct": 50,
              "app_traced_pct": 50, "app_trace_propagation": "w3c_otel", "app_trace_log_correlation": false,
              "app_tail_sampling": false, "app_apm_pct": 95, "app_slo_defined_pct": 95, "app_business_metrics_pct": 80,
              "app_mtta": 5, "app_central_logging_pct": 25, "app_structured_logs_pct": 0, "app_log_retention_days": 7,
              "app_log_anomaly_detection": false}}""";

    @Test
    void oneIndicatorOfNinetySevenGivesNoOverallLevelAndSaysItsCoverageInTheJson() {
        String enterprise = Api.createEnterprise("One Indicator Co");
        String id = Api.submit(enterprise, ONE_INDICATOR);

        given().get("/api/assessments/" + id).then().statusCode(200)
                .body("coverage.overall.assessed", equalTo(1)).body("coverage.overall.of", equalTo(97))
                .body("coverage.parts.T.assessed", equalTo(1)).body("coverage.parts.T.of", equalTo(44))
                .body("coverage.parts.A.assessed", equalTo(0)).body("coverage.parts.A.of", equalTo(20))
                .body("coverage.domains.T-RD.assessed", equalTo(1)).body("coverage.domains.T-RD.of", equalTo(11))
                .body("overall.level", nullValue())
                .body("domains.find { it.id == 'T-RD' }.level", equalTo(5))
                .body("parts.find { it.id == 'T' }.level", nullValue())
                .body("parts.find { it.id == 'T' }.inputs.T-RD", equalTo(5))
                .body("parts.find { it.id == 'T' }.notAssessed", contains("T-RM", "T-OM", "T-AS"));
        given().get("/api/enterprises/" + enterprise + "/assessments").then().statusCode(200)
                .body("[0].overallLevel", nullValue())
                .body("[0].coverage.overall.assessed", equalTo(1)).body("[0].coverage.overall.of", equalTo(97))
                .body("[0].coverage.parts.S.of", equalTo(33)).body("[0].coverage.domains.T-RD.assessed", equalTo(1));
    }

    @Test
    void theLevelsCsvGivesEachAggregateItsCoverage() {
        String id = Api.submit(Api.createEnterprise("One Indicator CSV Co"), ONE_INDICATOR);

        Map<String, Map<String, String>> rows = byId(CsvRows.parse(given().get("/api/assessments/" + id + "/export.csv")
                .then().statusCode(200).extract().asString()));
        assertEquals(List.of("", "1", "97"), cells(rows.get("overall"), "level", "indicators_assessed", "indicators_in_model"));
        assertEquals(List.of("", "1", "44"), cells(rows.get("T"), "level", "indicators_assessed", "indicators_in_model"));
        assertEquals(List.of("5", "1", "11"), cells(rows.get("T-RD"), "level", "indicators_assessed", "indicators_in_model"));
        assertEquals(List.of("", "0", "10"), cells(rows.get("A-elasticity"), "level", "indicators_assessed", "indicators_in_model"));
    }

    @Test
    void theHtmlAndPdfReportsShowCoverageBesideEveryLevelAndNoOverallLevel() {
        String id = Api.submit(Api.createEnterprise("One Indicator Report Co"), ONE_INDICATOR);

        String html = given().get("/api/assessments/" + id + "/report.html").then().statusCode(200).extract().asString();
        assertTrue(html.contains("Overall level: <span class=\"value\">not assessed</span>"), "no overall level");
        assertTrue(html.contains("Coverage: 1 of 97 indicators assessed; every level below rests only on those."));
        assertTrue(html.contains("Coverage: 1 of 44 indicators assessed; a level of this part rests only on those."));
        assertTrue(html.contains("Not assessed: a level needs every one of its domains, and T-RM, T-OM, T-AS are not assessed."));
        assertTrue(java.util.regex.Pattern.compile("<h4>T-RD [^<]*: level 5 · [^<]*<span class=\"muted\">\\(1 of 11 "
                + "indicators assessed\\)</span></h4>").matcher(html).find(), "the domain keeps its level, its coverage beside it");

        String pdf = pdfText(id);
        assertTrue(pdf.contains("Overall level: not assessed"), pdf);
        assertTrue(pdf.contains("Coverage: 1 of 97 indicators assessed"));
        assertTrue(pdf.contains("Coverage: 1 of 44 indicators assessed"));
    }

    @Test
    void partAFromTheObservabilityMembersAloneIsNotAssessedInAnyView() {
        String id = Api.submit(Api.createEnterprise("Observability Only Co"), OBSERVABILITY_ONLY);

        given().get("/api/assessments/" + id).then().statusCode(200)
                .body("characteristics.find { it.id == 'A-observability' }.level", equalTo(3))
                .body("parts.find { it.id == 'A' }.level", nullValue())
                .body("parts.find { it.id == 'A' }.inputs.A-observability", equalTo(3))
                .body("parts.find { it.id == 'A' }.notAssessed",
                        hasItems("A-elasticity", "A-highAvailability", "A-selfHealing", "A-automation"))
                .body("coverage.parts.A.assessed", equalTo(4));
        Map<String, Map<String, String>> rows = byId(CsvRows.parse(given().get("/api/assessments/" + id + "/export.csv")
                .then().statusCode(200).extract().asString()));
        assertEquals("", rows.get("A").get("level"));
        String html = given().get("/api/assessments/" + id + "/report.html").then().statusCode(200).extract().asString();
        assertTrue(html.contains(": level not assessed</h3>"), "part A's heading");
        assertTrue(html.contains("Coverage: 4 of 20 indicators assessed;"));
    }

    private static Map<String, Map<String, String>> byId(List<Map<String, String>> rows) {
        return rows.stream().collect(java.util.stream.Collectors.toMap(r -> r.get("id"), r -> r, (a, b) -> a));
    }

    private static List<String> cells(Map<String, String> row, String... columns) {
        return java.util.Arrays.stream(columns).map(row::get).toList();
    }

    private static String pdfText(String id) {
        byte[] pdf = given().get("/api/assessments/" + id + "/report.pdf").then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
