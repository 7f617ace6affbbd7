package io.cnmm.audit;

import static io.cnmm.testsupport.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.StoredDocuments;
import io.cnmm.testsupport.Examples;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seals, the chain and the signature: what a changed row, a changed export or a second writer does to them. */
@QuarkusTest
class TamperEvidenceTest {

    @Inject
    EntityManager entityManager;
    @TempDir
    Path temp;

    @Test
    void chainsEachSubmissionToTheOneBeforeIt() {
        String enterprise = Api.createEnterprise("Chain Co");
        List<JsonPath> seals = new ArrayList<>();
        for (String profile : Examples.PROFILES) {
            seals.add(exportOf(Api.submit(enterprise, Examples.body(profile))).setRootPath("seal"));
        }
        for (int i = 1; i < seals.size(); i++) {
            assertEquals(seals.get(i - 1).getLong("position") + 1, seals.get(i).getLong("position"));
            assertEquals(seals.get(i - 1).getString("digest"), seals.get(i).getString("previousDigest"));
        }
        List<String> newestFirst = new ArrayList<>(seals.stream().map(seal -> seal.getString("digest")).toList());
        Collections.reverse(newestFirst);
        given().get("/api/enterprises/" + enterprise + "/assessments").then().body("digest", equalTo(newestFirst));
    }

    @Test
    void concurrentSubmissionsExtendOneChainWithoutForking() throws Exception {
        String enterprise = Api.createEnterprise("Concurrent Co");
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<String>> submitted = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            submitted.add(clients.submit(() -> Api.submit(enterprise, Examples.body("progressing"))));
        }
        List<JsonPath> verifications = new ArrayList<>();
        for (Future<String> id : submitted) {
            verifications.add(given().get("/api/assessments/" + id.get() + "/verification").then().statusCode(200)
                    .body("valid", equalTo(true)).extract().jsonPath());
        }
        clients.shutdown();
        verifications.sort(Comparator.comparingLong(v -> v.getLong("position")));
        for (int i = 1; i < verifications.size(); i++) {
            assertEquals(verifications.get(i - 1).getLong("position") + 1, verifications.get(i).getLong("position"));
            assertEquals(verifications.get(i - 1).getString("digest"), verifications.get(i).getString("previousDigest"));
        }
    }

    @Test
    void signsEachSealWithTheKeyItServes() {
        String id = Api.submit(Api.createEnterprise("Signed Co"), Examples.body("leading"));
        var key = given().get("/api/signing-key").then().statusCode(200).contentType("application/x-pem-file")
                .header("Cnmm-Key-Id", notNullValue()).extract();
        JsonPath seal = exportOf(id).setRootPath("seal");

        var publicKey = Ed25519.publicKeyFromPem(key.asString());
        assertEquals(key.header("Cnmm-Key-Id"), Ed25519.keyId(publicKey));
        assertEquals(Ed25519.keyId(publicKey), seal.getString("keyId"));
        assertTrue(Ed25519.verify(publicKey, Ed25519.sealMessage(seal.getString("digest"), seal.getString("previousDigest")),
                seal.getString("signature")));
        assertFalse(Ed25519.verify(Ed25519.generate().getPublic(),
                Ed25519.sealMessage(seal.getString("digest"), seal.getString("previousDigest")), seal.getString("signature")));
    }

    @Test
    void aChangedTraceRowFailsVerificationOfThatAssessment() {
        String id = Api.submit(Api.createEnterprise("Tampered Trace Co"), Examples.body("progressing"));
        given().get("/api/assessments/" + id + "/verification").then().statusCode(200).body("valid", equalTo(true));

        String rule = "T-RM-01 level 3: at least 50 % of applications run in containers";
        tamper(StoredDocuments.change("trace", "rule", rule, "matched", "'[{\"fact\": \"containerized_pct\", \"value\": 95}]'"), id);

        given().get("/api/assessments/" + id + "/verification").then().statusCode(200)
                .body("assessment", equalTo(id))
                .body("valid", equalTo(false))
                .body("digestMatches", equalTo(false))
                .body("linkedToPredecessor", equalTo(true))
                .body("signatureValid", equalTo(true))
                .body("problems[0]", containsString("no longer match the digest"));
    }

    @Test
    void aChangedIndicatorRowIsNamedByTheChainWideVerification() throws Exception {
        String id = Api.submit(Api.createEnterprise("Tampered Level Co"), Examples.body("progressing"));
        Path export = save("before.json", given().get("/api/assessments/" + id + "/export.json").asByteArray());

        tamper(StoredDocuments.indicatorLevel("T-RM-01", "5"), id);

        JsonPath chain = given().get("/api/audit/verification").then().statusCode(200)
                .body("assessments.valid", equalTo(false))
                .body("assessments.broken.record", hasItem("assessment/" + id))
                .body("assessments.firstBroken", notNullValue())
                .extract().jsonPath();
        assertEquals(chain.getLong("assessments.broken[0].position"), chain.getLong("assessments.firstBroken.position"));
        // An export taken before the change still verifies offline; one taken after does not.
        Path key = save("key.pem", given().get("/api/signing-key").asByteArray());
        assertTrue(ExportVerifier.verify(export, key).valid());
        Path after = save("after.json", given().get("/api/assessments/" + id + "/export.json").asByteArray());
        assertFalse(ExportVerifier.verify(after, key).valid());
    }

    @Test
    void theOfflineVerifierAcceptsASavedExportAndRefusesAnEditedByte() throws Exception {
        String id = Api.submit(Api.createEnterprise("Offline Co"), Examples.body("just-starting"));
        Path export = save("export.json", given().get("/api/assessments/" + id + "/export.json").asByteArray());
        Path key = save("key.pem", given().get("/api/signing-key").asByteArray());

        ExportVerifier.Report report = ExportVerifier.verify(export, key);
        assertTrue(report.valid(), report::toString);
        assertEquals(id, report.assessment());

        String text = Files.readString(export);
        int at = text.indexOf("\"level\":1") + "\"level\":".length(); // one byte: a level 1 becomes 2
        byte[] edited = (text.substring(0, at) + "2" + text.substring(at + 1)).getBytes(StandardCharsets.UTF_8);
        assertEquals(Files.size(export), edited.length);
        ExportVerifier.Report refused = ExportVerifier.verify(save("edited.json", edited), key);
        assertFalse(refused.valid());
        assertEquals(List.of("format", "key", "signature"), refused.checks().stream().filter(ExportVerifier.Check::ok)
                .map(ExportVerifier.Check::name).toList(), "only the digest fails");

        Path otherKey = save("other.pem", Ed25519.toPem(Ed25519.generate().getPublic()).getBytes(StandardCharsets.UTF_8));
        assertFalse(ExportVerifier.verify(export, otherKey).valid());
    }

    @Test
    void theJsonExportIsCanonicalAndStable() {
        String id = Api.submit(Api.createEnterprise("Stable Co"), Examples.body("progressing"));
        String first = given().get("/api/assessments/" + id + "/export.json").then().statusCode(200)
                .contentType("application/json").extract().asString();
        String second = given().get("/api/assessments/" + id + "/export.json").asString();

        assertEquals(first, second);
        assertTrue(first.startsWith("{\"assessment\":{\"advice\":["), "members sorted, no whitespace");
        var parsed = CanonicalJson.parse(first.getBytes(StandardCharsets.UTF_8));
        assertEquals(first, CanonicalJson.write(parsed), "the export is in canonical form");
        assertEquals(parsed.path("seal").path("digest").asText(), CanonicalJson.digest(parsed.path("assessment")));
    }

    @Test
    void sealsAndAuditRecordsCannotBeChangedThroughTheDatabase() {
        String id = Api.submit(Api.createEnterprise("Append Only Co"), Examples.body("just-starting"));
        assertThrows(RuntimeException.class, () -> tamper("update assessment_seal set digest = 'x' where assessment_id = ?1", id));
        assertThrows(RuntimeException.class, () -> tamper("delete from audit_log where subject = 'assessment/' || ?1", id));
        assertNull(given().get("/api/assessments/" + id + "/verification").path("problems[0]"));
    }

    private void tamper(String sql, String assessmentId) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(sql)
                .setParameter(1, UUID.fromString(assessmentId)).executeUpdate());
    }

    private static JsonPath exportOf(String id) {
        return given().get("/api/assessments/" + id + "/export.json").then().statusCode(200).extract().jsonPath();
    }

    private Path save(String name, byte[] content) throws Exception {
        return Files.write(temp.resolve(name), content);
    }
}
