package io.cnmm.problem;

import static io.cnmm.testsupport.Api.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.Examples;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A query parameter that is missing where it is required, or not of its form or range, is a bad
 * request (400) that names the parameter and what it accepts: never a 404, which would say the
 * resource is missing, and never a value quietly clamped into range.
 */
@QuarkusTest
class QueryParametersTest {

    private static String assessment;

    @BeforeEach // not @BeforeAll: the test server's port is known to REST Assured only per test
    void anAssessment() {
        if (assessment == null) {
            assessment = Api.submit(Api.createEnterprise("Query Parameters Co"), Examples.body("just-starting"));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /api/audit/log?limit=-1&after=0                    | limit       | limit must be a whole number from 1 to 1000, was -1
            /api/audit/log?limit=0                             | limit       | limit must be a whole number from 1 to 1000, was 0
            /api/audit/log?limit=5000                          | limit       | limit must be a whole number from 1 to 1000, was 5000
            /api/audit/log?limit=ten                           | limit       | limit must be a whole number from 1 to 1000, was ten
            /api/audit/log?after=abc                           | after       | after must be a whole number, 0 or more, was abc
            /api/audit/log?after=-1                            | after       | after must be a whole number, 0 or more, was -1
            /api/audit/log?after=1.5                           | after       | after must be a whole number, 0 or more, was 1.5
            /api/rulesets/activations?limit=-1                 | limit       | limit must be a whole number from 1 to 1000, was -1
            /api/rulesets/activations?limit=0                  | limit       | limit must be a whole number from 1 to 1000, was 0
            /api/rulesets/activations?limit=5000               | limit       | limit must be a whole number from 1 to 1000, was 5000
            /api/rulesets/activations?limit=many               | limit       | limit must be a whole number from 1 to 1000, was many
            /api/assessments/{id}/comparison?with=abc          | with        | with must be an assessment id (a UUID), was abc
            /api/assessments/{id}/comparison                   | with        | with is required: an assessment id (a UUID)
            /api/assessments/{id}/report.html?compareWith=abc  | compareWith | compareWith must be an assessment id (a UUID), was abc
            /api/assessments/{id}/report.pdf?compareWith=abc   | compareWith | compareWith must be an assessment id (a UUID), was abc
            /api/assessments/{id}/export.csv?part=gaps         | part        | part must be one of levels, trace, was gaps
            """)
    void aBadQueryParameterIsABadRequestThatNamesIt(String url, String parameter, String detail) {
        given().get(url.replace("{id}", assessment)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/invalid-query-parameter"))
                .body("detail", equalTo(detail))
                .body("errors[0].field", equalTo(parameter));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/audit/log?after=0&limit=", "/api/rulesets/activations?limit="})
    void aLimitHoldsBothEndsOfItsRangeAndNothingBeyond(String url) {
        given().get(url + 1).then().statusCode(200);
        given().get(url + 1000).then().statusCode(200);
        given().get(url + 0).then().statusCode(400);
        given().get(url + 1001).then().statusCode(400);
    }

    @Test
    void aLongBadValueIsShortenedInTheAnswer() {
        given().get("/api/audit/log?limit=" + "9".repeat(500)).then().statusCode(400)
                .body("detail", equalTo("limit must be a whole number from 1 to 1000, was " + "9".repeat(40) + "…"));
    }
}
