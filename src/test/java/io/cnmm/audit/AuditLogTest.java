package io.cnmm.audit;

import static io.cnmm.testsupport.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnmm.publishing.RulesBundle;
import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.AuditTrail;
import io.cnmm.testsupport.Bundles;
import io.cnmm.testsupport.Examples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of write leaves a record in the hash-chained audit log, which auditors read and verify over HTTP. */
@QuarkusTest
class AuditLogTest {

    @TempDir
    Path temp;

    @Test
    void recordsEachKindOfWriteWithWhoAndTheDigestOfWhatChanged() {
        String enterprise = Api.createEnterprise("Audited Co");
        String assessment = Api.submit(enterprise, Examples.body("progressing"));
        given().contentType(ContentType.JSON).body("{\"name\": \"Baseline\"}")
                .put("/api/assessments/" + assessment + "/milestone").then().statusCode(200);
        String reevaluated = given().contentType(ContentType.JSON).body("{}")
                .post("/api/assessments/" + assessment + "/reevaluations").then().statusCode(201).extract().path("assessment.id");
        Api.User author = Api.createUser("ada", "rule-author");
        byte[] stricter = Bundles.shippedWith(temp, workspace -> { // new content, so this run publishes it
            Bundles.makeStricter(workspace);
            workspace.write(workspace.rules().resolve("CHANGES.md"), "audit log test " + java.util.UUID.randomUUID());
        });
        String version = RulesBundle.fromZip(stricter).digest();
        author.given().contentType("application/zip").body(stricter).queryParam("author", "Not Ada").queryParam("message", "stricter")
                .post("/api/rulesets").then().statusCode(201);
        String active = given().get("/api/rulesets/active").path("loadedHere");
        given().contentType(ContentType.JSON).body("{\"author\": \"Grace Operator\"}")
                .post("/api/rulesets/" + active + "/activation").then().statusCode(200);

        List<Map<String, Object>> log = AuditTrail.wholeLog();
        // Who is the signed-in user; a name the request claims ("Not Ada", "Grace Operator") does not count.
        assertEquals(Api.ADMIN, record(log, "enterprise.created", "enterprise/" + enterprise).get("actor"));
        assertEquals(sealDigest(assessment), record(log, "assessment.submitted", "assessment/" + assessment).get("contentDigest"));
        assertNotNull(record(log, "assessment.milestone-named", "assessment/" + assessment));
        assertEquals(sealDigest(reevaluated), record(log, "assessment.reevaluated", "assessment/" + reevaluated).get("contentDigest"));
        Map<String, Object> published = record(log, "ruleset.published", "ruleset/" + version);
        assertEquals(version, published.get("contentDigest"));
        assertEquals(author.name(), published.get("actor"));
        Map<String, Object> activated = log.stream().filter(r -> "ruleset.activated".equals(r.get("action"))
                && Api.ADMIN.equals(r.get("actor"))).reduce((first, last) -> last).orElseThrow();
        assertEquals("ruleset/" + active, activated.get("subject"));
    }

    @Test
    void recordsEveryScenarioRunAndEveryRefusedPublicationWithWhoRanWhichBundleAndWhatCameOfIt() {
        Api.User author = Api.createUser("grace", "rule-author");
        String run = "audit log test " + java.util.UUID.randomUUID(); // new content, so this run's records are its own
        byte[] passing = Bundles.shippedWith(temp.resolve("passing"), workspace ->
                workspace.write(workspace.rules().resolve("CHANGES.md"), run));
        byte[] failing = Bundles.shippedWith(temp.resolve("failing"), workspace -> {
            workspace.write(workspace.rules().resolve("CHANGES.md"), run);
            workspace.edit(workspace.rules().resolve("T/T-RM/T-RM-01.scenarios.yaml"), "given: {containerized_pct: 25,",
                    "given: {containerized_pct: 20,");
        });
        byte[] refused = Bundles.shippedPlus("rules/T/T-RM/eval.drl", ("package rules.t.rm;\nrule \"x\" when eval(true) then end\n"
                + "// " + run).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (byte[] bundle : List.of(passing, failing, refused)) {
            author.given().contentType("application/zip").body(bundle).post("/api/rulesets/scenario-runs");
        }
        author.given().contentType("application/zip").body(failing).post("/api/rulesets?message=failing").then().statusCode(422);
        assertEquals(author.name(), AuditTrail.latest("ruleset.publish-refused", "ruleset/"
                + RulesBundle.fromZip(failing).digest()).get("actor"));
        for (var expected : Map.of(passing, "ruleset.scenarios-passed", failing, "ruleset.scenarios-failed",
                refused, "ruleset.scenarios-refused").entrySet()) {
            Map<String, Object> record = AuditTrail.latest(expected.getValue(), "ruleset/" + RulesBundle.fromZip(expected.getKey()).digest());
            assertEquals(author.name(), record.get("actor"));
        }
    }

    @Test
    void theLogIsOneUnbrokenHashChain() {
        Api.createEnterprise("Chained Log Co");
        List<Map<String, Object>> log = AuditTrail.wholeLog();
        for (int i = 1; i < log.size(); i++) {
            assertEquals(((Number) log.get(i - 1).get("id")).longValue() + 1, ((Number) log.get(i).get("id")).longValue());
            assertEquals(log.get(i - 1).get("hash"), log.get(i).get("previousHash"));
        }
        given().get("/api/audit/verification").then().statusCode(200)
                .body("auditLog.valid", equalTo(true))
                .body("auditLog.checked", equalTo(log.size()))
                .body("auditLog.firstBroken", equalTo(null));
    }

    @Test
    void pagesTheLogOldestFirst() {
        Api.createEnterprise("Paged Log Co A");
        Api.createEnterprise("Paged Log Co B");
        JsonPath first = given().get("/api/audit/log?limit=2").then().statusCode(200).extract().jsonPath();
        assertEquals(2, first.getList("records").size());
        long next = first.getLong("next");
        assertEquals(first.getLong("records[1].id"), next);
        JsonPath second = given().get("/api/audit/log?limit=2&after=" + next).then().statusCode(200).extract().jsonPath();
        assertEquals(next + 1, second.getLong("records[0].id"));
        assertEquals(first.getString("records[1].hash"), second.getString("records[0].previousHash"));
    }

    private static Map<String, Object> record(List<Map<String, Object>> log, String action, String subject) {
        return log.stream().filter(r -> action.equals(r.get("action")) && subject.equals(r.get("subject"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " record for " + subject));
    }

    private static String sealDigest(String assessment) {
        return given().get("/api/assessments/" + assessment + "/export.json").path("seal.digest");
    }
}
