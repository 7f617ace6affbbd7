package io.cnmm.security;

import static io.cnmm.testsupport.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.Examples;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With an OpenID Connect provider configured, its bearer tokens sign users in beside HTTP Basic:
 * the provider's roles are mapped to ours, and the provider's users are assigned enterprises by
 * name like stored users. The provider here is a key pair: the service verifies tokens with the
 * public key (quarkus.oidc.public-key) exactly as with a provider's published keys, so no identity
 * server is needed and the tokens are really signed and really checked.
 */
@QuarkusTest
@TestProfile(OidcBearerTokenTest.WithAProvider.class)
class OidcBearerTokenTest {

    static final String ISSUER = "https://idp.example.test/realms/cnmm";

    public static class WithAProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.public-key", Base64.getEncoder().encodeToString(Provider.KEYS.getPublic().getEncoded()),
                    "quarkus.oidc.token.issuer", ISSUER,
                    "quarkus.oidc.token.principal-claim", "preferred_username",
                    "quarkus.oidc.roles.role-claim-path", "groups",
                    "quarkus.http.auth.roles-mapping.\"cnmm-auditors\"", Role.AUDITOR,
                    "quarkus.http.auth.roles-mapping.\"cnmm-assessors\"", Role.ASSESSOR);
        }
    }

    @Test
    void aProvidersUserIsSignedInWithMappedRolesAndAssignedEnterprises() {
        String enterprise = Api.createEnterprise("Provider Co");
        String assessment = Api.submit(enterprise, Examples.body("progressing"));
        String hidden = Api.submit(Api.createEnterprise("Not Assigned Co"), Examples.body("leading"));
        given().contentType(ContentType.JSON).body(Map.of("enterprises", List.of(enterprise), "allEnterprises", false))
                .put("/api/users/idp-auditor/assignments").then().statusCode(200);
        String token = Provider.token("idp-auditor", List.of("cnmm-auditors"), ISSUER, Instant.now().plusSeconds(300),
                Provider.KEYS);

        Api.anonymous().auth().oauth2(token).get("/api/me").then().statusCode(200)
                .body("username", org.hamcrest.Matchers.equalTo("idp-auditor"))
                .body("roles", org.hamcrest.Matchers.equalTo(List.of(Role.AUDITOR)))
                .body("assignments.enterprises", org.hamcrest.Matchers.equalTo(List.of(enterprise)));
        Api.anonymous().auth().oauth2(token).get("/api/assessments/" + assessment + "/export.json").then().statusCode(200);
        Api.anonymous().auth().oauth2(token).get("/api/assessments/" + hidden + "/export.json").then().statusCode(404);
        Api.anonymous().auth().oauth2(token).contentType(ContentType.JSON).body(Examples.body("progressing"))
                .post("/api/enterprises/" + enterprise + "/assessments").then().statusCode(403);
        List<String> actors = given().get("/api/audit/log?limit=1000").then().extract().path("records.actor");
        assertThat(actors).contains(Api.ADMIN); // HTTP Basic still signs in beside the tokens
    }

    @Test
    void tokensThatAreExpiredForgedOrFromAnotherIssuerAreRefused() throws GeneralSecurityException {
        KeyPair forger = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        for (String token : List.of(
                Provider.token("idp-auditor", List.of("cnmm-auditors"), ISSUER, Instant.now().minusSeconds(600), Provider.KEYS),
                Provider.token("idp-auditor", List.of("cnmm-auditors"), ISSUER, Instant.now().plusSeconds(300), forger),
                Provider.token("idp-auditor", List.of("cnmm-auditors"), "https://elsewhere.example", Instant.now().plusSeconds(300),
                        Provider.KEYS),
                "not.a.token")) {
            Api.anonymous().auth().oauth2(token).get("/api/me").then().statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    /** The test's identity provider: an RSA key pair and RS256-signed JSON Web Tokens. */
    static final class Provider {

        /**
         * The same pair wherever this class is loaded (the test profile's configuration and the
         * test may be loaded apart): SHA1PRNG seeded before first use is deterministic.
         */
        static final KeyPair KEYS = keys();

        private static KeyPair keys() {
            try {
                SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
                seeded.setSeed("cnmm-test-identity-provider".getBytes(StandardCharsets.UTF_8));
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048, seeded);
                return generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        static String token(String user, List<String> groups, String issuer, Instant expires, KeyPair keys) {
            Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
            String header = base64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            String claims = base64.encodeToString(String.format(
                    "{\"iss\":\"%s\",\"sub\":\"%s-id\",\"preferred_username\":\"%s\",\"groups\":[%s],\"iat\":%d,\"exp\":%d}",
                    issuer, user, user, String.join(",", groups.stream().map(g -> "\"" + g + "\"").toList()),
                    expires.minusSeconds(900).getEpochSecond(), expires.getEpochSecond()).getBytes(StandardCharsets.UTF_8));
            try {
                Signature rs256 = Signature.getInstance("SHA256withRSA");
                rs256.initSign(keys.getPrivate());
                rs256.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
                return header + "." + claims + "." + base64.encodeToString(rs256.sign());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
