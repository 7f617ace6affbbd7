package io.cnmm.rescoring;

import static io.cnmm.testsupport.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnmm.publishing.RulesBundle;
import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.Bundles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk re-evaluation under another version: every original in scope, batch by batch, each stored and linked. */
@QuarkusTest
class RescoringTest {

    @Inject
    EntityManager entityManager;

    @TempDir
    Path temp;

    @Test
    void reevaluatesEachEnterprisesLatestAssessmentUnderTheVersion() throws InterruptedException {
        byte[] stricter = Bundles.stricterContainerisation(temp);
        String version = RulesBundle.fromZip(stricter).digest();
        given().contentType("application/zip").body(stricter).queryParam("author", "Ada Expert")
                .queryParam("message", "stricter").post("/api/rulesets").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        String enterprise = Api.createEnterprise("Rescored Co");
        String older = Api.submit(enterprise, Bundles.BETWEEN_THRESHOLDS);
        String latest = Api.submit(enterprise, Bundles.BETWEEN_THRESHOLDS);
        for (int i = 0; i < 6; i++) { // enough for batches of 3 to keep more than one worker busy
            Api.submit(Api.createEnterprise("Rescored " + i), Bundles.BETWEEN_THRESHOLDS);
        }

        String location = given().contentType(ContentType.JSON).body("{\"author\": \"Ada Expert\", \"batchSize\": 3}")
                .post("/api/rulesets/" + version + "/rescorings").then().statusCode(202)
                .body("status", equalTo("running")).body("rulesetVersion", equalTo(version))
                .extract().header("Location");
        JsonPath run = awaitFinished(location);

        assertEquals("done", run.getString("status"));
        assertEquals(run.getInt("total"), run.getInt("processed"));
        assertTrue(run.getInt("total") >= 7, "at least this test's seven enterprises' latest");
        assertEquals(0, run.getInt("skipped"));
        // Several batches are in flight at once: each original is still re-evaluated exactly once.
        Object[] stored = (Object[]) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select count(*), count(distinct reevaluation_of) from assessment where rescoring_id = ?1")
                .setParameter(1, UUID.fromString(run.getString("id"))).getSingleResult());
        assertEquals(run.getLong("processed"), ((Number) stored[0]).longValue());
        assertEquals(run.getLong("processed"), ((Number) stored[1]).longValue());
        JsonPath history = given().get("/api/enterprises/" + enterprise + "/assessments").then().extract().jsonPath();
        List<String> reevaluationsOf = history.getList("findAll { it.reevaluationOf != null }.reevaluationOf");
        assertEquals(List.of(latest), reevaluationsOf, "only the latest original is in scope, once");
        String reevaluated = history.getString("find { it.reevaluationOf != null }.id");
        given().get("/api/assessments/" + reevaluated).then()
                .body("rulesetVersion", equalTo(version))
                .body("indicators.find { it.id == 'T-RM-01' }.level", equalTo(1));
        given().get("/api/assessments/" + older).then().body("indicators.find { it.id == 'T-RM-01' }.level", equalTo(2));
        given().get("/api/assessments/" + reevaluated + "/verification").then().statusCode(200)
                .body("valid", equalTo(true));
    }

    @Test
    void refusesABadRequestWithAProblem() {
        given().contentType(ContentType.JSON).body("{\"author\": \"Ada\", \"scope\": \"everything\"}")
                .post("/api/rulesets/" + Bundles.shippedDigest() + "/rescorings").then().statusCode(422)
                .body("errors[0].field", equalTo("scope"));
        given().contentType(ContentType.JSON).body("{\"author\": \"Ada\", \"batchSize\": 0}")
                .post("/api/rulesets/" + Bundles.shippedDigest() + "/rescorings").then().statusCode(422)
                .body("errors[0].field", equalTo("batchSize"));
        given().contentType(ContentType.JSON).body("{\"author\": \"Ada\"}")
                .post("/api/rulesets/feedfacefeed/rescorings").then().statusCode(404)
                .body("detail", containsString("feedfacefeed"));
        given().get("/api/rescorings/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    /** Polls until the run leaves "running"; the bound is a safety net for a hung run, not a speed check. */
    private static JsonPath awaitFinished(String location) throws InterruptedException {
        for (int poll = 0; poll < 3_000; poll++) {
            JsonPath run = given().get(location).then().statusCode(200).extract().jsonPath();
            if (!"running".equals(run.getString("status"))) {
                return run;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the rescoring did not finish");
    }
}
