package io.cnmm.publishing;

import static io.cnmm.testsupport.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.Bundles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load test, not a timed one: clients submit assessments without pause while two versions are
 * activated in turn. Every submission must succeed, and each must carry the level its recorded
 * version gives, which shows that no evaluation saw half of one ruleset and half of another.
 */
@QuarkusTest
class ActivationUnderLoadTest {

    private static final Logger LOG = Logger.getLogger(ActivationUnderLoadTest.class);
    private static final int CLIENTS = 4;
    private static final int ACTIVATIONS = 20;
    /** Submissions that must complete between two activations, so each version really serves traffic. */
    private static final int SUBMISSIONS_PER_ACTIVATION = 8;

    @TempDir
    Path temp;
    @TestHTTPResource("/")
    URL base;

    @Test
    void noEvaluationFailsOrMixesVersionsWhileVersionsAreActivated() throws Exception {
        String original = given().get("/api/rulesets/active").path("loadedHere");
        byte[] stricterBundle = Bundles.stricterContainerisation(temp);
        String stricter = RulesBundle.fromZip(stricterBundle).digest();
        given().contentType("application/zip").body(stricterBundle).queryParam("author", "Load Test")
                .queryParam("message", "stricter containerisation").post("/api/rulesets").then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.equalTo(200), org.hamcrest.Matchers.equalTo(201)));
        Map<String, Integer> expectedLevel = Map.of(original, 2, stricter, 1);
        URI submit = base.toURI().resolve("api/enterprises/" + Api.createEnterprise("Load Co") + "/assessments");

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger completed = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> perVersion = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long started = System.nanoTime();
        try {
            HttpClient http = HttpClient.newHttpClient();
            ObjectMapper json = new ObjectMapper();
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    while (running.get()) {
                        try {
                            HttpResponse<String> response = http.send(Api.request(submit)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(Bundles.BETWEEN_THRESHOLDS)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            check(response, json, expectedLevel, failures, perVersion);
                        } catch (Exception e) {
                            failures.add(e.toString());
                        }
                        completed.incrementAndGet();
                    }
                    return null;
                });
            }
            for (int i = 0; i < ACTIVATIONS; i++) {
                int before = completed.get();
                given().contentType(ContentType.JSON).body("{\"author\": \"Load Test\"}")
                        .post("/api/rulesets/" + (i % 2 == 0 ? stricter : original) + "/activation").then().statusCode(200);
                while (completed.get() < before + SUBMISSIONS_PER_ACTIVATION && failures.isEmpty()) {
                    Thread.onSpinWait();
                }
            }
        } finally {
            running.set(false);
            clients.shutdown();
            clients.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
            given().contentType(ContentType.JSON).body("{\"author\": \"Load Test\"}")
                    .post("/api/rulesets/" + original + "/activation").then().statusCode(200);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.infof("Activation under load: %d submissions by %d clients during %d activations in %.1f s (%.0f/s), "
                        + "%d failed; per version %s", completed.get(), CLIENTS, ACTIVATIONS, seconds,
                completed.get() / seconds, failures.size(), perVersion);

        assertEquals(List.of(), List.copyOf(failures));
        assertTrue(perVersion.getOrDefault(original, new AtomicInteger()).get() > 0, "the original version served");
        assertTrue(perVersion.getOrDefault(stricter, new AtomicInteger()).get() > 0, "the stricter version served");
    }

    private static void check(HttpResponse<String> response, ObjectMapper json, Map<String, Integer> expectedLevel,
                              ConcurrentLinkedQueue<String> failures, Map<String, AtomicInteger> perVersion) throws Exception {
        if (response.statusCode() != 201) {
            failures.add(response.statusCode() + " " + response.body());
            return;
        }
        JsonNode body = json.readTree(response.body());
        String version = body.path("rulesetVersion").asText();
        perVersion.computeIfAbsent(version, v -> new AtomicInteger()).incrementAndGet();
        int level = -1;
        for (JsonNode indicator : body.path("indicators")) {
            if ("T-RM-01".equals(indicator.path("id").asText())) {
                level = indicator.path("level").asInt();
            }
        }
        Integer expected = expectedLevel.get(version);
        if (expected == null || expected != level) {
            failures.add("version " + version + " gave T-RM-01 level " + level + ", expected " + expected);
        }
    }
}
