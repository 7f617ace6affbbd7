package io.cnmm.database;

import static io.cnmm.testsupport.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.CapturedLog;
import io.cnmm.testsupport.Examples;
import io.cnmm.testsupport.ProxiedPostgresResource;
import io.cnmm.testsupport.TcpProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * While PostgreSQL cannot be reached, requests are answered 503 database-unavailable with a
 * Retry-After, each logged as one line without a stack trace, and nothing is half-written; once it
 * is back, the same service stores again. The database is taken away by cutting a proxy in front of it.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.BehindACuttableProxy.class)
class DatabaseOutageTest {

    @Test
    void anOutageIsAnsweredWithRetryAfterAndTheServiceRecoversWithoutRestart() {
        String enterprise = Api.createEnterprise("Outage Co");
        String stored = Api.submit(enterprise, Examples.body("just-starting"));
        List<Response> answers = new ArrayList<>();
        List<String> log;
        TcpProxy database = ProxiedPostgresResource.proxy();
        database.cut();
        try {
            log = CapturedLog.during(() -> {
                answers.add(submission(enterprise));
                answers.add(given().get("/api/assessments/" + stored));
            });
        } finally {
            database.restore();
        }

        answers.forEach(DatabaseOutageTest::assertDatabaseUnavailable);
        List<String> warnings = log.stream().filter(line -> line.startsWith("WARN") || line.startsWith("ERROR")).toList();
        assertThat(warnings).as("no stack traces").noneMatch(CapturedLog::withStackTrace);
        assertThat(warnings).as("one line per failed request")
                .filteredOn(line -> line.contains("Database unavailable, answered 503")).hasSize(answers.size());
        // Besides those, the pool says once for each pooled connection that it found it dead and closed it,
        // and a background poll that ran during the outage (how many did depends on the machine's speed)
        // says in one line that it will try again.
        assertThat(warnings).filteredOn(line -> !line.contains("Database unavailable, answered 503"))
                .allMatch(line -> line.startsWith("WARN io.agroal.pool ")
                        || line.startsWith("WARN io.cnmm.rescoring.RescoringWorker Re-scoring poll failed, trying again")
                        || line.startsWith("WARN io.cnmm.publishing.RulesetLifecycle Could not follow ruleset activations"));

        submission(enterprise).then().statusCode(201);
        assertThat(given().get("/api/enterprises/" + enterprise + "/assessments").jsonPath().getList("id"))
                .as("the assessment before the outage and the one after it; nothing from the outage")
                .hasSize(2).contains(stored);
    }

    private static Response submission(String enterprise) {
        return given().contentType(ContentType.JSON).body(Examples.body("progressing"))
                .post("/api/enterprises/" + enterprise + "/assessments");
    }

    private static void assertDatabaseUnavailable(Response answer) {
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.header("Retry-After")).isEqualTo("5");
        assertThat(answer.jsonPath().getString("type")).isEqualTo("https://cnmm.io/problems/database-unavailable");
        assertThat(answer.jsonPath().getString("detail")).contains("database cannot be reached");
    }

    /** The tests' PostgreSQL behind a proxy the test cuts; the global database resource is not started. */
    public static class BehindACuttableProxy implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ProxiedPostgresResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }
}
