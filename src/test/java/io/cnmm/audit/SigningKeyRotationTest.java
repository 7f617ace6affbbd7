package io.cnmm.audit;

import static io.cnmm.testsupport.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnmm.security.Role;
import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.Examples;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rotating the signing key: every seal after it is signed with the new key, on this replica and on
 * any other, and what the old key signed stays verifiable with the old key, online and offline.
 */
@QuarkusTest
class SigningKeyRotationTest {

    @Inject
    EntityManager entityManager;

    @Test
    void sealsAfterARotationUseTheNewKeyAndEarlierOnesStillVerify() {
        String enterprise = Api.createEnterprise("Rotation Co");
        String before = Api.submit(enterprise, Examples.body("progressing"));
        String oldKey = given().get("/api/signing-key").header("Cnmm-Key-Id");
        long lastRecord = lastAuditRecord();

        JsonPath rotated = given().post("/api/signing-keys").then().statusCode(201).extract().jsonPath();
        String newKey = rotated.getString("keyId");
        assertThat(newKey).startsWith("sha256:").isNotEqualTo(oldKey);
        assertTrue(rotated.getBoolean("current"));
        assertThat(rotated.getString("publicKey")).startsWith("-----BEGIN PUBLIC KEY-----");
        assertEquals(newKey, given().get("/api/signing-key").header("Cnmm-Key-Id"));

        String after = Api.submit(enterprise, Examples.body("progressing"));
        byte[] exportBefore = given().get("/api/assessments/" + before + "/export.json").asByteArray();
        byte[] exportAfter = given().get("/api/assessments/" + after + "/export.json").asByteArray();
        assertEquals(oldKey, JsonPath.from(new String(exportBefore, StandardCharsets.UTF_8)).getString("seal.keyId"));
        assertEquals(newKey, JsonPath.from(new String(exportAfter, StandardCharsets.UTF_8)).getString("seal.keyId"));

        // Offline, each export verifies with the key it names, and only with that one.
        String oldPem = given().get("/api/signing-keys/" + oldKey).then().statusCode(200).extract().asString();
        String newPem = given().get("/api/signing-keys/" + newKey).then().statusCode(200).extract().asString();
        assertTrue(ExportVerifier.verify(exportBefore, oldPem).valid());
        assertFalse(ExportVerifier.verify(exportBefore, newPem).valid());
        assertTrue(ExportVerifier.verify(exportAfter, newPem).valid());
        // Online too, each seal with the key it names. (Not the whole chain, nor the links: other tests
        // in this application tamper with their assessments on purpose.)
        for (String id : List.of(before, after)) {
            given().get("/api/assessments/" + id + "/verification").then().statusCode(200)
                    .body("signatureValid", is(true))
                    .body("digestMatches", is(true));
        }

        List<Map<String, Object>> keys = given().get("/api/signing-keys").then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(newKey, keys.get(0).get("keyId"));
        assertEquals(true, keys.get(0).get("current"));
        assertThat(keys).anySatisfy(key -> {
            assertEquals(oldKey, key.get("keyId"));
            assertEquals(false, key.get("current"));
        });

        // Recorded, and shown to an auditor who sees only their enterprise: the rotation concerns every seal.
        Api.User auditor = Api.createUser("rotation-auditor", Role.AUDITOR).assigned(enterprise);
        List<Map<String, Object>> seen = auditor.given().get("/api/audit/log?after=" + lastRecord + "&limit=1000")
                .then().statusCode(200).extract().jsonPath().getList("records");
        assertThat(seen).anySatisfy(record -> {
            assertEquals("signing-key.rotated", record.get("action"));
            assertEquals("signing-key/" + newKey, record.get("subject"));
            assertEquals(Api.ADMIN, record.get("actor"));
        });
    }

    @Test
    void aKeyRotatedToOnAnotherReplicaSignsTheNextSealHere() {
        String enterprise = Api.createEnterprise("Other Replica Rotation Co");
        Api.submit(enterprise, Examples.body("just-starting")); // this replica has its current key loaded
        KeyPair pair = Ed25519.generate();
        String elsewhere = Ed25519.keyId(pair.getPublic());
        // What another replica's rotation leaves behind: one row, nothing in this JVM.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("insert into signing_key "
                        + "(key_id, algorithm, public_key, private_key, encryption, created_at) "
                        + "values (?1, 'Ed25519', ?2, ?3, 'none', clock_timestamp() + interval '1 second')")
                .setParameter(1, elsewhere).setParameter(2, Ed25519.toPem(pair.getPublic()))
                .setParameter(3, pair.getPrivate().getEncoded()).executeUpdate());

        String next = Api.submit(enterprise, Examples.body("just-starting"));

        assertEquals(elsewhere, given().get("/api/assessments/" + next + "/export.json").path("seal.keyId"));
        assertEquals(elsewhere, given().get("/api/signing-key").header("Cnmm-Key-Id"));
        given().get("/api/assessments/" + next + "/verification").then().statusCode(200)
                .body("signatureValid", is(true)).body("digestMatches", is(true));
    }

    @Test
    void onlyAnAdministratorRotates() {
        String keyNow = given().get("/api/signing-key").header("Cnmm-Key-Id");
        for (String role : List.of(Role.ASSESSOR, Role.AUDITOR, Role.RULE_AUTHOR)) {
            Api.createUser("rotation-" + role, role).given().post("/api/signing-keys").then().statusCode(403);
        }
        assertEquals(keyNow, given().get("/api/signing-key").header("Cnmm-Key-Id"));
        given().get("/api/signing-keys/sha256:0000").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private long lastAuditRecord() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select coalesce(max(id), 0) from audit_log").getSingleResult()).longValue());
    }
}
