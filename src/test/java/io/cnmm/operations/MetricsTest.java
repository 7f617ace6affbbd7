package io.cnmm.operations;

import static io.cnmm.testsupport.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnmm.observability.RescoringMetrics;
import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.Bundles;
import io.cnmm.testsupport.Scrape;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** /q/metrics as an operator's Prometheus reads it: open without a user, the service's own meters moving as work is done. */
@QuarkusTest
class MetricsTest {

    @Inject
    EntityManager entityManager;
    @Inject
    RescoringMetrics rescoringMetrics;

    @Test
    void aSubmissionCountsOneEvaluationByItsPartsOneStoredAssessmentAndItsLockWaits() {
        String enterprise = Api.createEnterprise("Metered Co");
        Scrape before = Scrape.now();

        JsonPath stored = given().contentType("application/json").body(Bundles.BETWEEN_THRESHOLDS)
                .post("/api/enterprises/" + enterprise + "/assessments").then().statusCode(201).extract().jsonPath();
        String parts = partsWithALevel(stored);
        Scrape after = Scrape.now();

        assertEquals(1, after.value("cnmm_evaluations_seconds_count", "parts=" + parts)
                - before.value("cnmm_evaluations_seconds_count", "parts=" + parts), "evaluations tagged " + parts);
        assertEquals(1, after.value("cnmm_evaluations_seconds_count") - before.value("cnmm_evaluations_seconds_count"));
        assertTrue(after.value("cnmm_evaluations_seconds_sum") > before.value("cnmm_evaluations_seconds_sum"));
        assertTrue(after.has("cnmm_evaluations_seconds_bucket", "parts=" + parts, "le=0.005"), "fixed buckets");
        assertEquals(1, after.value("cnmm_assessments_stored_total", "action=submitted")
                - before.value("cnmm_assessments_stored_total", "action=submitted"));
        // The seal chain and the audit log each take the evidence lock once for a submission.
        assertTrue(after.value("cnmm_seal_lock_wait_seconds_count") - before.value("cnmm_seal_lock_wait_seconds_count") >= 2);
    }

    @Test
    void refusedSignInsAreCountedByReasonNeverByName() {
        String unknownName = "nobody-" + UUID.randomUUID();
        Scrape before = Scrape.now();

        Api.as(Api.ADMIN, "not-the-password").get("/api/enterprises").then().statusCode(401);
        Api.as(unknownName, "whatever").get("/api/enterprises").then().statusCode(401);
        Api.as(unknownName, "whatever").get("/api/enterprises").then().statusCode(401);
        Scrape after = Scrape.now();

        assertEquals(1, after.value("cnmm_signin_failures_total", "reason=wrong-password")
                - before.value("cnmm_signin_failures_total", "reason=wrong-password"));
        assertEquals(2, after.value("cnmm_signin_failures_total", "reason=unknown-user")
                - before.value("cnmm_signin_failures_total", "reason=unknown-user"));
        assertTrue(after.lines().stream().noneMatch(l -> l.contains(unknownName) || l.contains("not-the-password")));
    }

    @Test
    void namesTheRulesetVersionLoadedHereAndHowLongCompilingTook() {
        String loaded = given().get("/api/rulesets/active").then().statusCode(200).extract().path("loadedHere");
        Scrape scrape = Scrape.now();

        assertEquals(List.of(1.0), scrape.samples("cnmm_ruleset_loaded").stream()
                .map(Scrape::valueOf).toList(), "one version, value 1");
        assertTrue(scrape.has("cnmm_ruleset_loaded", "version=" + loaded), scrape.samples("cnmm_ruleset_loaded").toString());
        assertTrue(scrape.value("cnmm_ruleset_compile_seconds_count") >= 1, "the start compiled the active version");
        assertTrue(scrape.value("cnmm_ruleset_compile_seconds_sum") > 0);
    }

    @Test
    void reportsTheProgressOfRunningRescoringsAsTheDatabaseHoldsIt() {
        UUID id = UUID.randomUUID();
        String version = given().get("/api/rulesets/active").then().statusCode(200).extract().path("loadedHere");
        rescoringMetrics.refresh(); // what the scheduler runs every cnmm.metrics.rescoring-refresh
        Scrape before = Scrape.now();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into rescoring (id, ruleset_version, requested_by, requested_at, scope, batch_size, status,
                                               total, processed, changed_overall, skipped)
                        values (?1, ?2, 'metrics test', now(), 'latest', 10, 'running', 40, 15, 0, 0)""")
                .setParameter(1, id).setParameter(2, version).executeUpdate());
        try {
            rescoringMetrics.refresh();
            Scrape during = Scrape.now();
            assertEquals(1, during.value("cnmm_rescoring_running") - before.value("cnmm_rescoring_running"));
            assertEquals(40, during.value("cnmm_rescoring_assessments", "count=total")
                    - before.value("cnmm_rescoring_assessments", "count=total"));
            assertEquals(15, during.value("cnmm_rescoring_assessments", "count=processed")
                    - before.value("cnmm_rescoring_assessments", "count=processed"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("delete from rescoring where id = ?1")
                    .setParameter(1, id).executeUpdate());
        }
    }

    @Test
    void httpMetricsNameTheRouteNotTheIdsAndThePoolIsReported() {
        String enterprise = Api.createEnterprise("Routed Co");
        Api.submit(enterprise, Bundles.BETWEEN_THRESHOLDS);
        given().get("/api/assessments/" + UUID.randomUUID()).then().statusCode(404);
        Scrape scrape = Scrape.now();

        assertTrue(scrape.has("http_server_requests_seconds_count", "uri=/api/enterprises/{enterpriseId}/assessments",
                "method=POST", "status=201"), "by URI template");
        assertTrue(scrape.lines().stream().filter(l -> l.startsWith("http_server_requests"))
                .noneMatch(l -> l.matches(".*[0-9a-f]{8}-[0-9a-f]{4}-.*")), "no id in any uri label");
        assertTrue(scrape.has("agroal_active_count"), "connection pool in use");
        assertTrue(scrape.has("agroal_available_count"));
        assertTrue(scrape.has("jvm_memory_used_bytes"));
    }

    private static String partsWithALevel(JsonPath assessment) {
        List<Map<String, Object>> parts = assessment.getList("parts");
        String assessed = parts.stream().filter(p -> p.get("level") != null).map(p -> (String) p.get("id")).sorted()
                .collect(Collectors.joining());
        return assessed.isEmpty() ? "none" : assessed;
    }
}
