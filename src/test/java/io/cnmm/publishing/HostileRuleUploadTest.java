package io.cnmm.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.AuditTrail;
import io.cnmm.testsupport.Bundles;
import io.cnmm.testsupport.HostileRules;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule author's upload can express criteria and nothing else: each file of the hostile corpus,
 * added to the shipped rules, is refused at publish and at a scenario run with a 422 at its file
 * and line, and nothing happens on the machine. Each refused run is in the audit log.
 */
@QuarkusTest
class HostileRuleUploadTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> refusesEveryHostileFileAtPublishAndAtAScenarioRunWithoutRunningIt() {
        Api.User author = Api.createUser("mallory", "rule-author");
        Path marker = temp.resolve("marker");
        return HostileRules.corpus(marker).stream().map(hostile -> DynamicTest.dynamicTest(hostile.name(), () -> {
            byte[] bundle = Bundles.shippedPlus("rules/" + hostile.path(), hostile.content());
            long children = ProcessHandle.current().descendants().count();
            for (String endpoint : List.of("/api/rulesets?message=hostile", "/api/rulesets/scenario-runs")) {
                JsonPath problem = author.given().contentType("application/zip").body(bundle).post(endpoint)
                        .then().statusCode(422).contentType("application/problem+json")
                        .body("type", endsWith("/invalid-ruleset")).extract().jsonPath();
                List<Map<String, Object>> problems = problem.getList("problems");
                assertThat(problems).as(endpoint + ": " + problems).anySatisfy(p -> {
                    assertEquals("rules/" + hostile.path(), p.get("file"));
                    assertEquals(hostile.line(), p.get("line"));
                    assertThat((String) p.get("message")).contains(hostile.fragment());
                });
            }
            assertFalse(marker.toFile().exists(), "the hostile file ran");
            assertEquals(children, ProcessHandle.current().descendants().count(), "a process was started");
            Map<String, Object> run = AuditTrail.latest("ruleset.scenarios-refused",
                    "ruleset/" + RulesBundle.fromZip(bundle).digest());
            assertEquals(author.name(), run.get("actor"));
        }));
    }
}
