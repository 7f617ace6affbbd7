package io.cnmm.assessment;

import static io.cnmm.testsupport.Api.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.cnmm.publishing.RulesBundle;
import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.Bundles;
import io.cnmm.testsupport.EarlierShipped;
import io.cnmm.testsupport.Workspace;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An assessment stored while S-CI-01 said 0 for "no regular scan" and A-D4 counted deploys per week
 * replays exactly under its own version, and re-evaluates under today's model with its facts read
 * in today's encoding (never, deploys per year), as model-data's {@code formerly} declarations say.
 */
@QuarkusTest
class FormerEncodingReevaluationTest {

    private static final Path FORMER = Path.of("src/test/resources/former-encoding");
    private static final List<String> FORMER_FILES = List.of("model-data/S/S-CI/S-CI-01.yaml", "rules/S/S-CI/S-CI-01.drl",
            "rules/S/S-CI/S-CI-01.scenarios.yaml", "model-data/A/A-D/A-D4.yaml", "rules/A/A-D/A-D4.drl",
            "rules/A/A-D/A-D4.scenarios.yaml");
    private static final String FORMER_FACTS = """
            {"facts": {"clusters_scanned_pct": 100, "cis_k8s_automated_pass_pct": 80, "scan_interval_days": 0,
                       "manual_checks_reviewed": false, "drift_alerting": false,
                       "app_deploy_automated_pct": 50, "app_deploys_per_week_median": 0.23,
                       "app_progressive_release_pct": 0, "app_rollback_time": 60}}
            """;

    @TempDir
    Path temp;
    @Inject
    EntityManager entityManager;

    @Test
    void anAssessmentInTheFormerEncodingReplaysExactlyAndReevaluatesInTodays() {
        // The version as it was then: aggregation rules and deploys per week from before, trusted as then.
        Workspace workspace = Workspace.copyOfShipped(temp);
        formerEncoding(workspace);
        EarlierShipped.aggregationBeforeCoverage(workspace, temp);
        EarlierShipped.trustAggregation(entityManager, workspace, "an installation before the change of encoding");
        String former = publish(Bundles.zip(workspace));
        String today = given().get("/api/rulesets/active").path("active.digest");
        String stored;
        activate(former);
        try {
            stored = Api.submit(Api.createEnterprise("Former Encoding Co"), FORMER_FACTS);
        } finally {
            activate(today);
        }
        given().get("/api/assessments/" + stored).then().statusCode(200)
                .body("rulesetVersion", equalTo(former))
                .body("indicators.find { it.id == 'S-CI-01' }.level", equalTo(2))
                .body("indicators.find { it.id == 'A-D4' }.level", equalTo(3));

        given().post("/api/assessments/" + stored + "/replay").then().statusCode(200).body("identical", equalTo(true));

        JsonPath answer = given().contentType(ContentType.JSON).body("{\"version\": \"" + today + "\"}")
                .post("/api/assessments/" + stored + "/reevaluations").then().statusCode(201).extract().jsonPath();
        Map<String, Object> facts = answer.getMap("assessment.facts");
        assertEquals("never", facts.get("scan_interval_days"));
        assertEquals(12, facts.get("app_deploys_per_year_median"));
        assertFalse(facts.containsKey("app_deploys_per_week_median"));
        assertEquals(2, answer.getInt("assessment.indicators.find { it.id == 'S-CI-01' }.level"));
        assertEquals(3, answer.getInt("assessment.indicators.find { it.id == 'A-D4' }.level"));
        // The re-evaluation is stored in today's encoding, so it replays exactly under today's version.
        given().post("/api/assessments/" + answer.getString("assessment.id") + "/replay").then()
                .body("identical", equalTo(true));
    }

    /** S-CI-01 and A-D4 as they were before the change of encoding. */
    private static void formerEncoding(Workspace workspace) {
        for (String file : FORMER_FILES) {
            Path root = file.startsWith("rules/") ? workspace.rules() : workspace.modelData();
            workspace.write(root.resolve(file.substring(file.indexOf('/') + 1)), read(FORMER.resolve(file)));
        }
    }

    private static String publish(byte[] zip) {
        given().contentType("application/zip").body(zip).queryParam("message", "former encoding of S-CI-01 and A-D4")
                .post("/api/rulesets").then().statusCode(anyOf(equalTo(201), equalTo(200)))
                // The former S-CI-01 advice leaves out thresholds: the answer lists it, and publishes all the same.
                .body("warnings", hasItem(startsWith("S/S-CI/S-CI-01.yaml at /advice/2: the advice for level 2 does not name")));
        return RulesBundle.fromZip(zip).digest();
    }

    private static void activate(String digest) {
        given().contentType(ContentType.JSON).body("{}").post("/api/rulesets/" + digest + "/activation").then()
                .statusCode(200);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
