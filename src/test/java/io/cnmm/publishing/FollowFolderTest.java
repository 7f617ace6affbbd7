package io.cnmm.publishing;

import static io.cnmm.testsupport.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.Bundles;
import io.cnmm.testsupport.Workspace;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Development mode: the folders win, and the evaluation after a save uses the saved file. */
@QuarkusTest
@TestProfile(FollowFolderTest.FollowingACopyOfTheShippedFolders.class)
class FollowFolderTest {

    static final Path ROOT = Path.of("target/follow-folder-test");
    private static final Path RULE = ROOT.resolve("rules/T/T-RM/T-RM-01.drl");

    @Test
    void theEvaluationAfterASaveUsesTheSavedFileAndABrokenSaveChangesNothing() throws IOException {
        String enterprise = Api.createEnterprise("Development Co");
        String shipped = Files.readString(RULE);
        String first = assertLevel(enterprise, 2);

        Files.writeString(RULE, shipped.replace("number >= 25)", "number >= 30)"));
        String stricter = assertLevel(enterprise, 1);
        assertNotEquals(first, stricter);
        given().get("/api/rulesets/active").then().body("lastSave.outcome", equalTo("activated-with-failing-scenarios"))
                .body("lastSave.version", equalTo(stricter))
                .body("lastSave.problems[0]", startsWith("rules/T/T-RM/T-RM-01.scenarios.yaml: scenario"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'development-save' }.data.outcome", equalTo("activated-with-failing-scenarios"));

        Files.writeString(RULE, shipped.replace("number >= 50)", "number >= )"));
        assertEquals(stricter, assertLevel(enterprise, 1), "a broken save leaves the last valid ruleset active");
        given().get("/api/rulesets/active").then().body("loadedHere", equalTo(stricter))
                .body("lastSave.outcome", equalTo("rejected")).body("lastSave.version", nullValue())
                .body("lastSave.problems[0]", startsWith("rules/T/T-RM/T-RM-01.drl:19"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'development-save' }.data.outcome", equalTo("rejected"))
                .body("checks.find { it.name == 'development-save' }.data.problem1", startsWith("rules/T/T-RM/T-RM-01.drl:19"));

        Files.writeString(RULE, shipped);
        assertEquals(first, assertLevel(enterprise, 2), "the same content is the same version");
        given().get("/api/rulesets/active").then().body("lastSave.outcome", equalTo("activated"))
                .body("lastSave.problems", hasSize(0));
        given().get("/api/rulesets/activations").then().body("[0].kind", equalTo("folder"));
    }

    /** Submits facts between T-RM-01's level 2 thresholds; returns the version they were evaluated with. */
    private static String assertLevel(String enterprise, int level) {
        return given().contentType(ContentType.JSON).body(Bundles.BETWEEN_THRESHOLDS)
                .post("/api/enterprises/" + enterprise + "/assessments").then().statusCode(201)
                .body("indicators.find { it.id == 'T-RM-01' }.level", equalTo(level))
                .extract().path("rulesetVersion");
    }

    public static class FollowingACopyOfTheShippedFolders implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Workspace.deleteIfPresent(ROOT);
            Workspace workspace = Workspace.copyOfShipped(ROOT);
            return Map.of("cnmm.rules-dir", workspace.rules().toString(),
                    "cnmm.model-data-dir", workspace.modelData().toString(),
                    "cnmm.rules.follow-folder", "true");
        }
    }
}
