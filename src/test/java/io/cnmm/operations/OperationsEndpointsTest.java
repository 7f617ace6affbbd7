package io.cnmm.operations;

import static io.cnmm.testsupport.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What operators and API clients rely on besides the API itself: health, OpenAPI, the model. */
@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void readinessNamesTheLoadedRuleset() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'ruleset' }.data.rulesetDigest", startsWith("sha256:"))
                .body("checks.find { it.name == 'ruleset' }.data.modelVersion", equalTo("2026.12-TAS2"))
                .body("checks.find { it.name == 'ruleset' }.data.rulesetVersion",
                        equalTo(given().get("/api/rulesets/active").path("loadedHere")));
    }

    @Test
    void theBenchmarkFloorEndpointIsOffUnlessConfigured() {
        given().contentType("application/json").body("{\"facts\": {\"containerized_pct\": 50}}")
                .post("/api/benchmark/enterprises/" + java.util.UUID.randomUUID() + "/bare-assessments")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void servesTheOpenApiDocumentAndSwaggerUi() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.keySet()", hasItem("/api/enterprises/{enterpriseId}/assessments"))
                .body("paths.keySet()", hasItem("/api/model"));
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void servesTheModelWithItsFactSchema() {
        given().when().get("/api/model")
                .then().statusCode(200)
                .body("version", equalTo("2026.12-TAS2"))
                .body("levels", hasSize(5))
                .body("parts[0].id", equalTo("T"))
                .body("parts[0].domains.id", org.hamcrest.Matchers.contains("T-RM", "T-OM", "T-RD", "T-AS"))
                .body("parts[0].domains[0].indicators[0].facts[0].key", equalTo("containerized_pct"))
                .body("parts[0].domains[0].indicators[0].facts[0].type", equalTo("percent"))
                .body("parts[0].domains[0].indicators[0].facts[0].unit", equalTo("%"))
                .body("parts[0].domains[0].indicators[0].facts[0].max", equalTo(100.0f));
    }

    @Test
    void servesOneIndicatorOrNotFound() {
        given().when().get("/api/model/indicators/T-RM-02")
                .then().statusCode(200)
                .body("facts.find { it.key == 'cluster_provisioning' }.options",
                        org.hamcrest.Matchers.contains("manual", "scripted", "iac", "declarative_api"))
                .body("advice.'3'.en", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyString()));
        given().when().get("/api/model/indicators/T-XX-01")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
