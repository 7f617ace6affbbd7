package io.cnmm.publishing;

import static io.cnmm.testsupport.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnmm.testsupport.Bundles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A version activated on another replica (a row written by it) is loaded here at the next poll; one
 * published on another replica is compiled here before it is activated.
 */
@QuarkusTest
class ReplicaFollowTest {

    @TempDir
    Path temp;
    @Inject
    EntityManager entityManager;
    @Inject
    RulesetLifecycle lifecycle;
    @Inject
    Scheduler scheduler;
    @Inject
    CompiledRulesets compiled;
    @Inject
    io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void followsAnActivationWrittenByAnotherReplica() {
        String original = given().get("/api/rulesets/active").path("loadedHere");
        byte[] stricter = Bundles.stricterContainerisation(temp);
        String digest = RulesBundle.fromZip(stricter).digest();
        given().contentType("application/zip").body(stricter).queryParam("author", "Ada Expert")
                .queryParam("message", "stricter").post("/api/rulesets").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        // The scheduled poll is this test's to run: left on, a slow machine lets it load the version
        // before the check that nothing did yet.
        scheduler.pause(RulesetLifecycle.FOLLOW_ACTIVATIONS);
        try {
            // What another replica's activation leaves behind: one row, nothing in this JVM.
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("insert into ruleset_activation "
                    + "(digest, activated_at, activated_by, kind) values (?1, now(), 'replica-2', 'activate')")
                    .setParameter(1, digest).executeUpdate());
            given().get("/api/rulesets/active").then().body("active.digest", equalTo(digest))
                    .body("loadedHere", equalTo(original));

            lifecycle.followActivations(); // what the scheduler runs every poll interval

            given().get("/api/rulesets/active").then().body("loadedHere", equalTo(digest));
        } finally {
            scheduler.resume(RulesetLifecycle.FOLLOW_ACTIVATIONS);
            given().contentType(ContentType.JSON).body("{\"author\": \"Test Operator\"}")
                    .post("/api/rulesets/" + original + "/activation").then().statusCode(200);
        }
    }

    @Test
    void compilesAVersionPublishedElsewhereBeforeItsActivationSoFollowingItCostsNoCompile() {
        String original = given().get("/api/rulesets/active").path("loadedHere");
        // A version of this test's own (T-RM-01 level 2 at 31 %), so no other test has compiled it here.
        byte[] bundle = Bundles.shippedWith(temp, workspace -> {
            workspace.edit(workspace.rules().resolve("T/T-RM/T-RM-01.drl"),
                    "Fact(key == \"containerized_pct\", number >= 25)", "Fact(key == \"containerized_pct\", number >= 31)");
            workspace.edit(workspace.rules().resolve("T/T-RM/T-RM-01.scenarios.yaml"),
                    "given: {containerized_pct: 25,", "given: {containerized_pct: 31,");
        });
        String digest = RulesBundle.fromZip(bundle).digest();
        scheduler.pause(RulesetLifecycle.FOLLOW_ACTIVATIONS);
        try {
            // What another replica's publication leaves behind: the version's row, nothing in this JVM.
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("insert into ruleset_version"
                            + " (digest, ruleset_digest, model_version, rule_count, indicator_count, author, message,"
                            + " published_at, scenarios, content) values (?1, ?1, 'test', 0, 0, 'replica-2', 'ahead',"
                            + " clock_timestamp(), 'not run here', ?2) on conflict (digest) do update set published_at = clock_timestamp()")
                    .setParameter(1, digest).setParameter(2, bundle).executeUpdate());
            assertFalse(compiled.isKept(digest), "published on another replica: not compiled here yet");

            lifecycle.followActivations(); // the poll: nothing activated, the new version compiled ahead

            assertTrue(compiled.isKept(digest), "compiled ahead of its activation");
            given().get("/api/rulesets/active").then().body("loadedHere", equalTo(original));

            double compilesBefore = compiles();
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("insert into ruleset_activation "
                    + "(digest, activated_at, activated_by, kind) values (?1, now(), 'replica-2', 'activate')")
                    .setParameter(1, digest).executeUpdate());
            lifecycle.followActivations();

            given().get("/api/rulesets/active").then().body("loadedHere", equalTo(digest));
            assertEquals(compilesBefore, compiles(), "following the activation needed no compile");
        } finally {
            scheduler.resume(RulesetLifecycle.FOLLOW_ACTIVATIONS);
            given().contentType(ContentType.JSON).body("{\"author\": \"Test Operator\"}")
                    .post("/api/rulesets/" + original + "/activation").then().statusCode(200);
        }
    }

    private double compiles() {
        return meters.get("cnmm.ruleset.compile").timer().count();
    }
}
