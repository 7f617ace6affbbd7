package io.cnmm.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.cnmm.security.Role;
import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.Examples;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A client that sends a creating request again with the same Idempotency-Key (it timed out, the
 * connection broke) gets the first answer back and nothing is created twice; a key is the user's own,
 * is refused for another request, and is forgotten when it expires.
 */
@QuarkusTest
class IdempotencyTest {

    @Inject
    EntityManager entityManager;
    @Inject
    IdempotencyPurge purge;

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndStoresNothing() {
        String enterprise = Api.createEnterprise("Retry Co");
        String key = UUID.randomUUID().toString();
        Response first = submit(Api.given(), enterprise, key, "just-starting");
        Response retry = submit(Api.given(), enterprise, key, "just-starting");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(assessmentsOf(enterprise)).isEqualTo(1);
    }

    @Test
    void theSameKeyForAnotherBodyIsRefused() {
        String enterprise = Api.createEnterprise("Reuse Co");
        String key = UUID.randomUUID().toString();
        submit(Api.given(), enterprise, key, "just-starting").then().statusCode(201);

        Response other = submit(Api.given(), enterprise, key, "leading");
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.jsonPath().getString("type")).isEqualTo("https://cnmm.io/problems/idempotency-key-reused");
        assertThat(assessmentsOf(enterprise)).isEqualTo(1);
    }

    @Test
    void twoUsersKeysAreIndependent() {
        String enterprise = Api.createEnterprise("Two Users Co");
        String key = "order-1";
        Api.User assessor = Api.createUser("idem", Role.ASSESSOR).assigned(enterprise);
        submit(Api.given(), enterprise, key, "just-starting").then().statusCode(201);
        submit(assessor.given(), enterprise, key, "just-starting").then().statusCode(201);
        assertThat(assessmentsOf(enterprise)).isEqualTo(2);
    }

    @Test
    void anExpiredKeyIsPurgedAndMayBeUsedAnew() {
        String enterprise = Api.createEnterprise("Expiry Co");
        String key = UUID.randomUUID().toString();
        submit(Api.given(), enterprise, key, "just-starting").then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update idempotency_key set expires_at = now() - interval '1 second' where idempotency_key = ?1")
                .setParameter(1, key).executeUpdate());

        assertThat(purge.purgeExpired()).isGreaterThanOrEqualTo(1);
        assertThat(keysNamed(key)).isZero();
        submit(Api.given(), enterprise, key, "leading").then().statusCode(201);
        assertThat(assessmentsOf(enterprise)).isEqualTo(2);
    }

    @Test
    void concurrentRequestsWithOneKeyStoreExactlyOne() throws Exception {
        String enterprise = Api.createEnterprise("Concurrent Co");
        String key = UUID.randomUUID().toString();
        int requests = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(clients.submit(() -> {
                    start.await();
                    return submit(Api.given(), enterprise, key, "progressing");
                }));
            }
            start.countDown();
            List<Response> created = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                assertThat(response.statusCode()).as(response.asString()).isIn(201, 409);
                if (response.statusCode() == 201) {
                    created.add(response);
                } else {
                    assertThat(response.jsonPath().getString("type"))
                            .isEqualTo("https://cnmm.io/problems/idempotency-key-in-use");
                }
            }
            assertThat(created).isNotEmpty();
            assertThat(created).extracting(Response::asString).containsOnly(created.get(0).asString());
        } finally {
            clients.shutdownNow();
        }
        assertThat(assessmentsOf(enterprise)).isEqualTo(1);
    }

    @Test
    void aKeyThatIsNoKeyIsABadRequest() {
        String enterprise = Api.createEnterprise("Bad Key Co");
        for (String key : List.of("k".repeat(256), "caf\u00e9", "tab\tinside")) {
            Response answer = submit(Api.given(), enterprise, key, "just-starting");
            assertThat(answer.statusCode()).as(key).isEqualTo(400);
            assertThat(answer.jsonPath().getString("type")).isEqualTo("https://cnmm.io/problems/invalid-header");
            assertThat(answer.jsonPath().getString("errors[0].field")).isEqualTo("Idempotency-Key");
        }
        assertThat(assessmentsOf(enterprise)).isZero();
    }

    @Test
    void enterpriseRegistrationTakesAKeyToo() {
        String key = UUID.randomUUID().toString();
        String name = "Registered Once " + key;
        Response first = register(key, name);
        Response retry = register(key, name);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(Api.given().get("/api/enterprises").jsonPath().getList("name")).containsOnlyOnce(name);
    }

    private static Response register(String key, String name) {
        return Api.given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"name\": \"" + name + "\"}").post("/api/enterprises");
    }

    private static Response submit(io.restassured.specification.RequestSpecification as, String enterprise,
                                   String key, String profile) {
        return as.contentType(ContentType.JSON).header("Idempotency-Key", key).body(Examples.body(profile))
                .post("/api/enterprises/" + enterprise + "/assessments");
    }

    private static int assessmentsOf(String enterprise) {
        return Api.given().get("/api/enterprises/" + enterprise + "/assessments").jsonPath().getList("id").size();
    }

    private long keysNamed(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from idempotency_key where idempotency_key = ?1").setParameter(1, key)
                .getSingleResult()).longValue());
    }
}
