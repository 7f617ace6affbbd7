package io.cnmm.example;

import static io.cnmm.testsupport.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.cnmm.testsupport.Examples;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A fresh installation starts with the example enterprises, each assessed once. */
@QuarkusTest
@TestProfile(ExampleSeederTest.SeedingOn.class)
class ExampleSeederTest {

    public static class SeedingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cnmm.examples.seed", "true");
        }
    }

    @Test
    void seedsTheExampleEnterprisesWithTheirAssessments() {
        given().when().get("/api/enterprises").then().statusCode(200)
                .body("name", containsInAnyOrder("Example: just starting", "Example: progressing", "Example: leading"));
        String leading = given().when().get("/api/enterprises")
                .then().extract().path("find { it.name == 'Example: leading' }.id");
        given().when().get("/api/enterprises/" + leading + "/assessments").then().statusCode(200)
                .body("overallLevel", contains(Examples.expectedLevels("leading").get("overall")))
                .body("[0].partLevels.T", equalTo(Examples.expectedLevels("leading").get("T")));
    }
}
