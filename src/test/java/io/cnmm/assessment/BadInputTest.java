package io.cnmm.assessment;

import static io.cnmm.testsupport.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cnmm.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every user mistake is a 4xx problem detail naming what is wrong, and nothing is stored. */
@QuarkusTest
class BadInputTest {

    @Inject
    AssessmentRepository assessments;

    private String enterprise;

    @BeforeEach
    void createEnterprise() {
        enterprise = Api.createEnterprise("Bad Input Co");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON           | {"facts": {                                   | 400 | /malformed-json | line 1
            unknown top-level field  | {"fact": {"containerized_pct": 5}}            | 400 | /invalid-json   | field fact is not a known field
            facts not an object      | {"facts": [1, 2]}                             | 400 | /invalid-json   | field facts has the wrong type
            body not an object       | [1]                                           | 400 | /invalid-json   | expected shape
            empty facts              | {"facts": {}}                                 | 422 | /invalid-request | must hold at least one fact
            unknown fact key         | {"facts": {"containerised_pct": 5}}           | 422 | /invalid-facts  | facts.containerised_pct
            percentage over 100      | {"facts": {"containerized_pct": 130}}         | 422 | /invalid-facts  | at most 100 %, was 130
            negative duration        | {"facts": {"lead_time_median": -1}}           | 422 | /invalid-facts  | at least 0
            text for a number        | {"facts": {"containerized_pct": "high"}}      | 422 | /invalid-facts  | must be a number
            number for a flag        | {"facts": {"base_image_catalog": 1}}          | 422 | /invalid-facts  | true or false
            control characters       | {"facts": {"nope\\u0000": 1}}                 | 422 | /invalid-facts  | unknown fact key
            unknown choice option    | {"facts": {"cluster_provisioning": "magic"}}  | 422 | /invalid-facts  | must be one of
            fraction for a count     | {"facts": {"golden_path_templates": 1.5}}     | 422 | /invalid-facts  | whole number
            null value               | {"facts": {"containerized_pct": null}}        | 422 | /invalid-facts  | must not be null
            a hair under a threshold | {"facts": {"containerized_pct": 24.99999999999999999}}  | 422 | /invalid-facts | a percent fact allows at most 3
            a hair over 100          | {"facts": {"containerized_pct": 100.00000000000000001}} | 422 | /invalid-facts | 17 digits after the decimal point
            """)
    void rejectsWithProblemDetailsAndStoresNothing(String name, String body, int status, String type, String says) {
        long before = assessments.count();
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/enterprises/" + enterprise + "/assessments")
                .then().statusCode(status).contentType("application/problem+json")
                .body("type", endsWith(type))
                .body("status", org.hamcrest.Matchers.equalTo(status))
                .body(containsString(says))
                .body(not(containsString("Exception")))
                .body(not(containsString("io.cnmm")));
        assertEquals(before, assessments.count(), "a rejected request stores nothing");
    }

    @Test
    void reportsEveryInvalidFactAtOnce() {
        given().contentType(ContentType.JSON)
                .body("{\"facts\": {\"containerized_pct\": 130, \"nope\": 1, \"base_image_catalog\": \"yes\"}}")
                .when().post("/api/enterprises/" + enterprise + "/assessments")
                .then().statusCode(422)
                .body("errors.field", hasItem("facts.containerized_pct"))
                .body("errors.field", hasItem("facts.nope"))
                .body("errors.field", hasItem("facts.base_image_catalog"));
    }

    @Test
    void rejectsAnEmptyBody() {
        long before = assessments.count();
        given().contentType(ContentType.JSON)
                .when().post("/api/enterprises/" + enterprise + "/assessments")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("facts"));
        assertEquals(before, assessments.count());
    }

    @Test
    void rejectsAnAssessmentOfAMissingEnterprise() {
        long before = assessments.count();
        given().contentType(ContentType.JSON).body("{\"facts\": {\"containerized_pct\": 50}}")
                .when().post("/api/enterprises/00000000-0000-0000-0000-000000000000/assessments")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("enterprise 00000000-0000-0000-0000-000000000000 does not exist"));
        assertEquals(before, assessments.count());
    }

    @Test
    void rejectsANonJsonContentType() {
        given().contentType(ContentType.TEXT).body("containerized_pct=5")
                .when().post("/api/enterprises/" + enterprise + "/assessments")
                .then().statusCode(415).contentType("application/problem+json");
    }
}
