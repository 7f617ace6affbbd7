package io.cnmm.assessment;

import static io.cnmm.testsupport.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cnmm.evaluation.EvaluationEngine;
import io.cnmm.evaluation.EvaluationResult;
import io.cnmm.evaluation.Evaluator;
import io.cnmm.evaluation.FactParser;
import io.cnmm.publishing.RulesBundle;
import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.StoredDocuments;
import io.cnmm.testsupport.Bundles;
import io.cnmm.testsupport.Examples;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A stored assessment replayed under its own version, and re-evaluated under another. */
@QuarkusTest
class ReplayAndReevaluationTest {

    @TempDir
    Path temp;
    @Inject
    EntityManager entityManager;
    @Inject
    EvaluationEngine engine;
    @Inject
    ObjectMapper objectMapper;

    static List<String> profiles() {
        return Examples.PROFILES;
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void replayingUnderTheRecordedVersionReproducesTheStoredResultExactly(String profile) {
        String id = Api.submit(Api.createEnterprise("Replay " + profile), Examples.body(profile));

        given().post("/api/assessments/" + id + "/replay").then().statusCode(200)
                .body("assessment", equalTo(id))
                .body("rulesetVersion", equalTo(given().get("/api/assessments/" + id).path("rulesetVersion")))
                .body("differences", empty())
                .body("identical", equalTo(true));
    }

    @Test
    void anAssessmentStoredBeforeAdviceCarriedItsEffectStillReplaysAsStored() throws Exception {
        String id = Api.submit(Api.createEnterprise("Before Effects Co"), Examples.body("progressing"));
        Evaluator evaluator = engine.evaluator();
        EvaluationResult then = evaluator.withAdviceRankedBeforeEffects(
                evaluator.evaluate(new FactParser(evaluator.model()).parse(Examples.facts("progressing"))));
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update assessment set advice = cast(?2 as jsonb) where id = ?1")
                .setParameter(1, UUID.fromString(id)).setParameter(2, json(then.advice())).executeUpdate());

        given().get("/api/assessments/" + id).then().statusCode(200)
                .body("advice[0].effect", equalTo(null)); // as stored then
        given().post("/api/assessments/" + id + "/replay").then().statusCode(200)
                .body("differences", empty())
                .body("identical", equalTo(true));
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aReplayShowsWhereAStoredResultNoLongerMatchesItsEvaluation() {
        String id = Api.submit(Api.createEnterprise("Tampered Co"), Examples.body("progressing"));
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        StoredDocuments.indicatorLevel("T-RM-01", "level + 1"))
                .setParameter(1, UUID.fromString(id)).executeUpdate());

        given().post("/api/assessments/" + id + "/replay").then().statusCode(200)
                .body("identical", equalTo(false))
                .body("differences", hasItem(containsString("/level: stored")));
    }

    @Test
    void reevaluatingUnderAnotherVersionStoresALinkedAssessmentAndComparesEachIndicator() {
        byte[] stricter = Bundles.stricterContainerisation(temp);
        String version = RulesBundle.fromZip(stricter).digest();
        given().contentType("application/zip").body(stricter).queryParam("author", "Ada Expert")
                .queryParam("message", "T-RM-01 level 2 needs 30 %").post("/api/rulesets").then().statusCode(anyOf201or200());
        String enterprise = Api.createEnterprise("Reevaluated Co");
        String original = Api.submit(enterprise, Bundles.BETWEEN_THRESHOLDS);

        JsonPath answer = given().contentType(ContentType.JSON).body("{\"version\": \"" + version + "\"}")
                .post("/api/assessments/" + original + "/reevaluations").then().statusCode(201)
                .header("Location", containsString("/api/assessments/")).extract().jsonPath();

        String reevaluated = answer.getString("assessment.id");
        assertEquals(original, answer.getString("assessment.reevaluationOf"));
        assertEquals(version, answer.getString("assessment.rulesetVersion"));
        assertEquals(1, answer.getInt("comparison.changedIndicators"));
        Map<String, Object> change = answer.getMap("comparison.indicators.find { it.indicator == 'T-RM-01' }");
        assertEquals(2, change.get("fromLevel"));
        assertEquals(1, change.get("toLevel"));
        assertEquals(List.of(Map.of("rule", Bundles.CONTAINERISATION_RULE, "metBefore", true, "metAfter", false)),
                change.get("criteria"));
        given().get("/api/assessments/" + reevaluated).then().statusCode(200)
                .body("reevaluationOf", equalTo(original))
                .body("indicators.find { it.id == 'T-RM-01' }.level", equalTo(1));
        given().get("/api/enterprises/" + enterprise + "/assessments").then()
                .body("id", equalTo(List.of(reevaluated, original)));
        // The re-evaluation replays under its own version just as exactly.
        given().post("/api/assessments/" + reevaluated + "/replay").then().body("identical", equalTo(true));
        // And comparing an assessment with itself changes nothing.
        given().get("/api/assessments/" + original + "/comparison?with=" + original).then().statusCode(200)
                .body("changedIndicators", equalTo(0))
                .body("indicators.findAll { it.changed }", empty());
    }

    @Test
    void answersUnknownAssessmentsAndVersionsWithProblems() {
        String id = Api.submit(Api.createEnterprise("Problems Co"), Bundles.BETWEEN_THRESHOLDS);
        given().post("/api/assessments/" + UUID.randomUUID() + "/replay").then().statusCode(404)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"version\": \"deadbeefdead\"}")
                .post("/api/assessments/" + id + "/reevaluations").then().statusCode(404)
                .body("detail", containsString("deadbeefdead"));
        given().get("/api/assessments/" + id + "/comparison").then().statusCode(400)
                .body("errors.field", hasItem("with"));
        given().get("/api/enterprises/" + UUID.randomUUID() + "/assessments").then().statusCode(404)
                .body("detail", not(containsString("Exception")));
    }

    private static org.hamcrest.Matcher<Integer> anyOf201or200() {
        return org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(200));
    }
}
