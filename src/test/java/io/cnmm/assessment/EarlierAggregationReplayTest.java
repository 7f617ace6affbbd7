package io.cnmm.assessment;

import static io.cnmm.testsupport.Api.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.cnmm.publishing.RulesBundle;
import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.Bundles;
import io.cnmm.testsupport.EarlierShipped;
import io.cnmm.testsupport.Workspace;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Versions published with the aggregation rules shipped before parts and the overall level needed
 * every input assessed keep those rules: results stored under them keep their levels and their
 * shape (an overall of {@code null} when nothing is assessed), and replay exactly. The earlier
 * rules are kept byte for byte as shipped ({@link EarlierShipped}); the server trusts them as the
 * installation that shipped them recorded them.
 */
@QuarkusTest
class EarlierAggregationReplayTest {

    @TempDir
    Path temp;
    @Inject
    EntityManager entityManager;

    private String version;

    @BeforeEach
    void publishAVersionWithTheEarlierAggregationRules() throws IOException {
        Workspace workspace = Workspace.copyOfShipped(temp);
        EarlierShipped.aggregationBeforeCoverage(workspace, temp);
        EarlierShipped.trustAggregation(entityManager, workspace, "an installation before coverage");
        byte[] bundle = Bundles.zip(workspace);
        version = RulesBundle.fromZip(bundle).digest();
        given().contentType("application/zip").body(bundle).queryParam("author", "Ada Expert")
                .queryParam("message", "aggregation as shipped before coverage").post("/api/rulesets").then()
                .statusCode(anyOf(equalTo(201), equalTo(200)));
    }

    @Test
    void aResultUnderTheEarlierRulesKeepsItsPartLevelFromASubsetAndReplaysExactly() {
        String original = Api.submit(Api.createEnterprise("Earlier Subset Co"), """
                {"facts": {"app_infra_monitoring_pct": 95, "app_infra_ops": "platform", "app_infra_auto_recovery_pct": 50,
                  "app_traced_pct": 50, "app_trace_propagation": "w3c_otel", "app_trace_log_correlation": false,
                  "app_tail_sampling": false, "app_apm_pct": 95, "app_slo_defined_pct": 95, "app_business_metrics_pct": 80,
                  "app_mtta": 5, "app_central_logging_pct": 25, "app_structured_logs_pct": 0, "app_log_retention_days": 7,
                  "app_log_anomaly_detection": false}}""");
        String earlier = reevaluateUnderEarlierRules(original);

        given().get("/api/assessments/" + original).then().body("parts.find { it.id == 'A' }.level", nullValue());
        given().get("/api/assessments/" + earlier).then()
                .body("parts.find { it.id == 'A' }.level", equalTo(3))
                .body("overall.level", equalTo(3));
        given().post("/api/assessments/" + earlier + "/replay").then().statusCode(200).body("identical", equalTo(true));
    }

    @Test
    void aResultWithNothingAssessedUnderTheEarlierRulesKeepsItsNullOverallAndReplaysExactly() {
        String original = Api.submit(Api.createEnterprise("Earlier Nothing Co"), """
                {"facts": {"containerized_pct": 90}}""");
        String earlier = reevaluateUnderEarlierRules(original);

        given().get("/api/assessments/" + earlier + "/export.json").then().body("assessment.overall", nullValue());
        given().get("/api/assessments/" + earlier).then()
                .body("overall.level", nullValue())
                .body("overall.notAssessed", contains("T", "A", "S"));
        given().post("/api/assessments/" + earlier + "/replay").then().statusCode(200).body("identical", equalTo(true));
        given().get("/api/assessments/" + earlier + "/verification").then().statusCode(200).body("digestMatches", equalTo(true));
    }

    private String reevaluateUnderEarlierRules(String original) {
        return given().contentType(ContentType.JSON).body("{\"version\": \"" + version + "\"}")
                .post("/api/assessments/" + original + "/reevaluations").then().statusCode(201)
                .body("assessment.rulesetVersion", equalTo(version)).extract().path("assessment.id");
    }
}
