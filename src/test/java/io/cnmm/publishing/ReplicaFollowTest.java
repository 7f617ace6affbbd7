package io.cnmm.publishing;

import static io.cnmm.testsupport.Api.given;
import static org.hamcrest.Matchers.equalTo;

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

/** A version activated on another replica (a row written by it) is loaded here at the next poll. */
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
}
