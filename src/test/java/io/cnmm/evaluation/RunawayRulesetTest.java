package io.cnmm.evaluation;

import static io.cnmm.testsupport.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.Bundles;
import io.cnmm.testsupport.ShippedModel;
import io.cnmm.testsupport.Workspace;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A ruleset that never settles is stopped, by the firing cap or by the deadline, with a 422 that
 * names the rule, and the work really stops: no thread goes on evaluating after the answer. Criteria
 * cannot loop, so the runaway rules here are aggregation rules of the installation itself, which
 * only an operator can change; the limits hold whatever gets past the checks.
 */
@QuarkusTest
@TestProfile(RunawayRulesetTest.AnInstallationWithRunawayRules.class)
class RunawayRulesetTest {

    static final Path ROOT = Path.of("target/runaway-ruleset-test");
    private static final String FAST = "A rule that inserts what makes it fire again";
    private static final String SLOW = "A slow rule that inserts what makes it fire again";

    @Test
    void aRuleThatFiresWithoutEndIsStoppedAtTheFiringCap() {
        submitTriggering(13).body("detail", containsString("after 2000 rule firings"))
                .body("detail", containsString("rule \"" + FAST + "\" kept firing"));
        assertNothingKeepsEvaluating();
    }

    @Test
    void aRuleThatFiresSlowlyWithoutEndIsStoppedAtTheDeadline() {
        submitTriggering(14).body("detail", containsString("at its deadline"))
                .body("detail", containsString("rule \"" + SLOW + "\" kept firing"));
        assertNothingKeepsEvaluating();
    }

    @Test
    void aScenarioRunThatWouldNotSettleIsStoppedToo() {
        SortedMap<String, byte[]> files = new TreeMap<>(io.cnmm.publishing.RulesBundle.fromFolders(ShippedModel.RULES,
                ShippedModel.MODEL_DATA).files());
        files.keySet().removeIf(path -> path.startsWith("rules/aggregation/")); // the installation's own are used
        files.put("rules/T/T-RM/runaway.scenarios.yaml", """
                scenarios:
                  - name: a value that sets the runaway rule off
                    given: {containerized_pct: 13, base_image_catalog: false, base_image_auto_rebuild: false}
                    expect: {T-RM-01: 1}
                """.getBytes(StandardCharsets.UTF_8));
        given().contentType("application/zip").body(Bundles.zipOfFiles(files)).post("/api/rulesets/scenario-runs")
                .then().statusCode(422).body("type", endsWith("/evaluation-limit"))
                .body("detail", containsString("rule \"" + FAST + "\" kept firing"));
        assertNothingKeepsEvaluating();
    }

    private static io.restassured.response.ValidatableResponse submitTriggering(int containerisedPercent) {
        String enterprise = Api.createEnterprise("Runaway Co " + containerisedPercent);
        return given().contentType(ContentType.JSON)
                .body("{\"facts\": {\"containerized_pct\": " + containerisedPercent
                        + ", \"base_image_catalog\": false, \"base_image_auto_rebuild\": false}}")
                .post("/api/enterprises/" + enterprise + "/assessments")
                .then().statusCode(422).contentType("application/problem+json").body("type", endsWith("/evaluation-limit"));
    }

    /**
     * Measured, not assumed: no thread is inside the rule engine once the answer is in, and over the
     * next second the whole service uses a small part of one core (a runaway evaluation would use all of it).
     */
    private static void assertNothingKeepsEvaluating() {
        assertThat(Thread.getAllStackTraces().values()).noneMatch(stack -> Arrays.stream(stack)
                .anyMatch(frame -> frame.getClassName().startsWith("org.drools.core.phreak")));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = cpu(threads);
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(cpu(threads) - before).as("CPU nanoseconds of the service's threads in a second").isLessThan(500_000_000L);
    }

    private static long cpu(ThreadMXBean threads) {
        return Arrays.stream(threads.getAllThreadIds()).map(threads::getThreadCpuTime).filter(t -> t > 0).sum();
    }

    /**
     * The shipped folders with two runaway aggregation rules, set off by containerized_pct 13 and 14.
     * The limits are far apart, so that which one stops a rule does not depend on the machine's speed:
     * 2,000 firings take milliseconds, and the slow rule needs 40 s for them, far past its 3 s deadline.
     */
    public static class AnInstallationWithRunawayRules implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Workspace.deleteIfPresent(ROOT);
            Workspace workspace = Workspace.copyOfShipped(ROOT);
            workspace.write(workspace.rules().resolve("aggregation/runaway.drl"), """
                    package rules.aggregation;
                    import io.cnmm.vocabulary.*;

                    rule "%s"
                        ruleflow-group "overall-level"
                    when
                        Fact(key == "containerized_pct", number == 13)
                        $level : MaturityLevel()
                    then
                        insert(new MaturityLevel($level.getNumber() + 1, false));
                    end

                    rule "%s"
                        ruleflow-group "overall-level"
                    when
                        Fact(key == "containerized_pct", number == 14)
                        $level : MaturityLevel()
                    then
                        java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
                        insert(new MaturityLevel($level.getNumber() + 1, false));
                    end
                    """.formatted(FAST, SLOW));
            return Map.of("cnmm.rules-dir", workspace.rules().toString(),
                    "cnmm.model-data-dir", workspace.modelData().toString(),
                    "cnmm.evaluation.deadline", "3s", "cnmm.evaluation.max-firings", "2000");
        }
    }
}
