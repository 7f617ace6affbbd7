package io.cnmm.publishing;

import static io.cnmm.testsupport.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.Bundles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing, activating and rolling back versions over HTTP, on a real PostgreSQL and real Drools. */
@QuarkusTest
class RulesetVersionsTest {

    @TempDir
    Path temp;
    private String original;

    @BeforeEach
    void rememberTheActiveVersion() {
        original = given().get("/api/rulesets/active").then().statusCode(200).extract().path("loadedHere");
    }

    @AfterEach
    void restoreIt() {
        activate(original).statusCode(200);
    }

    @Test
    void theFirstStartPublishedAndActivatedTheShippedFolders() {
        assertEquals(Bundles.shippedDigest(), original);
        given().get("/api/rulesets/activations?limit=1000").then().statusCode(200)
                .body("findAll { it.kind == 'bootstrap' }.digest", equalTo(List.of(original)));
        given().get("/api/rulesets/" + original).then().statusCode(200)
                .body("active", equalTo(true))
                .body("scenarios", startsWith("not run"))
                .body("ruleCount", equalTo(given().get("/q/health/ready").path("checks.find { it.name == 'ruleset' }.data.rules")));
    }

    @Test
    void publishesActivatesAndRollsBackAVersion() {
        // Other tests publish the stricter bundle too; a note of this run's own makes it a new version here.
        byte[] stricter = Bundles.shippedWith(temp, workspace -> {
            Bundles.makeStricter(workspace);
            workspace.write(workspace.rules().resolve("CHANGES.md"), "test run " + java.util.UUID.randomUUID());
        });
        String digest = RulesBundle.fromZip(stricter).digest();
        String enterprise = Api.createEnterprise("Versions Co");

        publish(stricter, "Ada Expert", "T-RM-01 level 2 needs 30 %").statusCode(201)
                .header("Location", containsString("/api/rulesets/" + digest))
                .body("digest", equalTo(digest))
                .body("author", equalTo(Api.ADMIN)) // the signed-in user, not the name claimed
                .body("scenarios", equalTo(given().get("/api/rulesets/" + digest).path("scenarios")))
                .body("scenarios", containsString("passed"))
                .body("active", equalTo(false));
        publish(stricter, "Someone Else", "the same content again").statusCode(200)
                .body("author", equalTo(Api.ADMIN));
        assertLevel(enterprise, 2, original);

        activate(digest.substring("sha256:".length(), "sha256:".length() + 12)).statusCode(200)
                .body("digest", equalTo(digest))
                .body("previous", equalTo(original))
                .body("kind", equalTo("activate"));
        assertLevel(enterprise, 1, digest);
        given().get("/api/rulesets").then().body("find { it.active }.digest", equalTo(digest));

        given().contentType(ContentType.JSON).body("{\"author\": \"Ada Expert\"}").post("/api/rulesets/rollback")
                .then().statusCode(200).body("digest", equalTo(original)).body("kind", equalTo("rollback"));
        assertLevel(enterprise, 2, original);
    }

    @Test
    void aBrokenBundleIsRefusedWithFileAndLineAndTheActiveVersionKeepsEvaluating() {
        byte[] broken = Bundles.shippedWith(temp, workspace -> workspace.edit(
                workspace.rules().resolve("T/T-RM/T-RM-01.drl"), "number >= 50)", "number >= )"));
        String digest = RulesBundle.fromZip(broken).digest();

        publish(broken, "Ada Expert", "a typo").statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://cnmm.io/problems/invalid-ruleset"))
                .body("problems[0].file", equalTo("rules/T/T-RM/T-RM-01.drl"))
                .body("problems[0].line", equalTo(19));

        given().get("/api/rulesets/" + digest).then().statusCode(404);
        given().get("/api/rulesets").then().body("digest", not(hasItem(digest)));
        given().get("/api/rulesets/active").then().body("loadedHere", equalTo(original)).body("active.digest", equalTo(original));
        assertLevel(Api.createEnterprise("Still Evaluated Co"), 2, original);
    }

    @Test
    void aBundleWhoseScenariosFailIsNotPublished() {
        byte[] untested = Bundles.shippedWith(temp, workspace -> workspace.edit(workspace.rules().resolve("T/T-RM/T-RM-01.drl"),
                "Fact(key == \"containerized_pct\", number >= 25)", "Fact(key == \"containerized_pct\", number >= 30)"));

        publish(untested, "Ada Expert", "forgot the scenarios").statusCode(422)
                .body("type", equalTo("https://cnmm.io/problems/failing-scenarios"))
                .body("problems.file", equalTo(List.of("T/T-RM/T-RM-01.scenarios.yaml")))
                .body("problems[0].message", containsString("T-RM-01 expected 2, was 1"));
        given().get("/api/rulesets/" + RulesBundle.fromZip(untested).digest()).then().statusCode(404);
    }

    @Test
    void runsScenariosThroughTheApiWithTheReportTheCommandLinePrints() {
        given().post("/api/rulesets/" + original + "/scenario-runs").then().statusCode(200)
                .body("failed", equalTo(0))
                .body("passed", org.hamcrest.Matchers.greaterThan(1000))
                .body("rulesetDigest", equalTo(given().get("/api/rulesets/" + original).path("rulesetDigest")));

        byte[] untested = Bundles.shippedWith(temp, workspace -> workspace.edit(workspace.rules().resolve("T/T-RM/T-RM-01.drl"),
                "Fact(key == \"containerized_pct\", number >= 25)", "Fact(key == \"containerized_pct\", number >= 30)"));
        io.restassured.path.json.JsonPath report = given().contentType("application/zip").body(untested)
                .post("/api/rulesets/scenario-runs").then().statusCode(200).extract().jsonPath();
        assertEquals(1, report.getInt("failed"));
        assertEquals("T/T-RM/T-RM-01.scenarios.yaml", report.getString("scenarios.find { !it.passed }.file"));
        assertEquals(List.of(java.util.Map.of("id", "T-RM-01", "expected", 2, "actual", 1, "met", false)),
                report.getList("scenarios.find { !it.passed }.levels"));
        org.assertj.core.api.Assertions.assertThat(report.getList("scenarios.find { !it.passed }.trace.rule", String.class))
                .anyMatch(rule -> rule.startsWith("An indicator stops one level below"));
        given().get("/api/rulesets/" + RulesBundle.fromZip(untested).digest()).then().statusCode(404);
    }

    @Test
    void anUploadWithoutAggregationRulesOrSchemasIsCheckedWithTheServersAndKeepsItsAggregationRules() {
        java.util.SortedMap<String, byte[]> files = new java.util.TreeMap<>(RulesBundle.fromFolders(
                io.cnmm.testsupport.ShippedModel.RULES, io.cnmm.testsupport.ShippedModel.MODEL_DATA).files());
        files.keySet().removeIf(path -> path.startsWith("rules/aggregation/") || path.startsWith("model-data/schema/"));
        files.put("rules/CHANGES.md", ("no aggregation " + java.util.UUID.randomUUID()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] upload = Bundles.zipOfFiles(files);
        Api.User author = Api.createUser("lean", "rule-author");
        author.given().contentType("application/zip").body(upload).post("/api/rulesets/scenario-runs").then().statusCode(200)
                .body("failed", equalTo(0));
        String version = author.given().contentType("application/zip").body(upload).post("/api/rulesets?message=lean")
                .then().statusCode(201).extract().path("digest");
        // Named by the version it became, in the audit log as in the store, with the server's aggregation rules in it.
        io.cnmm.testsupport.AuditTrail.latest("ruleset.scenarios-passed", "ruleset/" + version);
        byte[] stored = given().get("/api/rulesets/" + version + "/bundle").then().statusCode(200).extract().asByteArray();
        java.util.SortedMap<String, byte[]> kept = RulesBundle.fromZip(stored).files();
        assertArrayEquals(Bundles.fileOfShipped("rules/aggregation/overall-level.drl"), kept.get("rules/aggregation/overall-level.drl"));
        assertEquals(false, kept.keySet().stream().anyMatch(path -> path.startsWith("model-data/schema/")));
    }

    @Test
    void refusesBundlesThatAreNotZipsOrReachOutsideTheirFolders() {
        publish("not a zip".getBytes(), "Ada Expert", "junk").statusCode(422).body("errors[0].field", equalTo("bundle"));
        publish(Bundles.zipOf("rules/../../etc/cron.d/x", "boom", "model-data/model.yaml", "x"), "Ada Expert", "escape")
                .statusCode(422).body("errors[0].reason", containsString("\"rules/../../etc/cron.d/x\" is not a file a ruleset may hold"));
        publish(Bundles.zipOf("model-data/model.yaml", "x"), "Ada Expert", "no rules")
                .statusCode(422).body("errors[0].reason", containsString("holds rules/ and model-data/"));
    }

    @Test
    void downloadsTheExactBundleAVersionWasPublishedWith() {
        byte[] bundle = given().get("/api/rulesets/" + original + "/bundle").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        assertEquals(original, RulesBundle.fromZip(bundle).digest());
        assertArrayEquals(RulesBundle.fromZip(bundle).toZip(), bundle);
    }

    @Test
    void answersUnknownAndAmbiguousVersionsClearly() {
        activate("0000000000").statusCode(404).contentType("application/problem+json");
        given().get("/api/rulesets/abc").then().statusCode(404).body("detail", containsString("at least 7"));
    }

    private static ValidatableResponse publish(byte[] zip, String author, String message) {
        return given().contentType("application/zip").body(zip).queryParam("author", author).queryParam("message", message)
                .post("/api/rulesets").then();
    }

    private static ValidatableResponse activate(String ref) {
        return given().contentType(ContentType.JSON).body("{\"author\": \"Test Operator\"}")
                .post("/api/rulesets/" + ref + "/activation").then();
    }

    private static void assertLevel(String enterprise, int level, String version) {
        given().contentType(ContentType.JSON).body(Bundles.BETWEEN_THRESHOLDS)
                .post("/api/enterprises/" + enterprise + "/assessments").then().statusCode(201)
                .body("rulesetVersion", equalTo(version))
                .body("indicators.find { it.id == 'T-RM-01' }.level", equalTo(level));
    }
}
