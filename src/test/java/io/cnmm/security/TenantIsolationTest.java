package io.cnmm.security;

import static io.cnmm.testsupport.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.Examples;
import io.cnmm.testsupport.RecordedStatements;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An assessor or auditor of one enterprise learns nothing of another: every read, list, export and
 * comparison answers as if the other enterprise's data did not exist, byte for byte but for the id.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationTest {

    private String ours;
    private String theirs;
    private String ourAssessment;
    private String theirAssessment;
    private Api.User assessor;
    private Api.User auditor;

    @BeforeEach // not @BeforeAll: the test server's port is known to REST Assured only per test
    void twoEnterprises() {
        if (ours != null) {
            return;
        }
        ours = Api.createEnterprise("Ours Co");
        theirs = Api.createEnterprise("Theirs Co");
        ourAssessment = Api.submit(ours, Examples.body("progressing"));
        theirAssessment = Api.submit(theirs, Examples.body("leading"));
        assessor = Api.createUser("tenant-assessor", Role.ASSESSOR).assigned(ours);
        auditor = Api.createUser("tenant-auditor", Role.AUDITOR).assigned(ours);
    }

    @Test
    void readsOfAnotherEnterpriseAnswerAsForOneThatDoesNotExist() {
        String missingAssessment = UUID.randomUUID().toString();
        String missingEnterprise = UUID.randomUUID().toString();
        for (Api.User user : List.of(assessor, auditor)) {
            for (String read : List.of("/api/assessments/%s", "/api/assessments/%s/report.html",
                    "/api/assessments/%s/report.pdf", "/api/assessments/%s/comparison?with=%s")) {
                assertSameAsMissing(user, "GET", read, theirAssessment, missingAssessment);
            }
            assertSameAsMissing(user, "GET", "/api/enterprises/%s", theirs, missingEnterprise);
            assertSameAsMissing(user, "GET", "/api/enterprises/%s/assessments", theirs, missingEnterprise);
            assertSameAsMissing(user, "POST", "/api/assessments/%s/replay", theirAssessment, missingAssessment);
        }
        for (String export : List.of("/api/assessments/%s/export.json", "/api/assessments/%s/export.csv",
                "/api/assessments/%s/export.csv?part=trace", "/api/assessments/%s/verification")) {
            assertSameAsMissing(auditor, "GET", export, theirAssessment, missingAssessment);
        }
        // The same reads of their own enterprise work, so the 404s above are about the tenant.
        assessor.given().get("/api/assessments/" + ourAssessment).then().statusCode(200);
        auditor.given().get("/api/assessments/" + ourAssessment + "/export.json").then().statusCode(200);
    }

    /**
     * Not only the answer: the work too. Were a hidden assessment to cost queries a missing one does
     * not, response times would tell which ids exist. Counting statements, not milliseconds, keeps
     * the test independent of the machine's speed and load.
     */
    @Test
    void aHiddenAssessmentCostsTheSameQueriesAsAMissingOne() {
        String missing = UUID.randomUUID().toString();
        for (String read : List.of("/api/assessments/%s", "/api/assessments/%s/report.html")) {
            assessor.given().get(String.format(read, missing)).then().statusCode(404); // signed in and remembered first
            List<String> forHidden = tenantStatements(() -> assessor.given().get(String.format(read, theirAssessment))
                    .then().statusCode(404));
            List<String> forMissing = tenantStatements(() -> assessor.given().get(String.format(read, missing))
                    .then().statusCode(404));
            assertThat(forHidden).as(read).isNotEmpty().isEqualTo(forMissing);
        }
    }

    /** The statements about assessments, enterprises and assignments; the replica's poll of activations may interleave. */
    private static List<String> tenantStatements(Runnable request) {
        return RecordedStatements.during(request).stream()
                .filter(sql -> sql.matches("(?s).*\\b(assessment|enterprise\\w*)\\b.*")).toList();
    }

    @Test
    void writesToAnotherEnterpriseAnswerAsForOneThatDoesNotExist() {
        String missingAssessment = UUID.randomUUID().toString();
        assertSameAsMissing(assessor, "POST", "/api/enterprises/%s/assessments", theirs, UUID.randomUUID().toString(),
                Examples.body("progressing"));
        assertSameAsMissing(assessor, "POST", "/api/assessments/%s/reevaluations", theirAssessment, missingAssessment, "{}");
        assertSameAsMissing(assessor, "PUT", "/api/assessments/%s/milestone", theirAssessment, missingAssessment,
                "{\"name\": \"not mine\"}");
        given().get("/api/enterprises/" + theirs + "/assessments").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(1))
                .body("[0].milestone", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void comparingWithAnotherEnterpriseIsAsComparingWithNothing() {
        for (Api.User user : List.of(assessor, auditor)) {
            Response mixed = user.given().get("/api/assessments/" + ourAssessment + "/comparison?with=" + theirAssessment);
            assertEquals(404, mixed.statusCode());
            assertThat(mixed.jsonPath().getString("detail")).isEqualTo("assessment " + theirAssessment + " does not exist");
            user.given().get("/api/assessments/" + ourAssessment + "/report.html?compareWith=" + theirAssessment)
                    .then().statusCode(404);
        }
    }

    @Test
    void listsShowOnlyTheAssignedEnterprises() {
        for (Api.User user : List.of(assessor, auditor)) {
            List<String> listed = user.given().get("/api/enterprises").then().statusCode(200).extract().path("id");
            assertThat(listed).containsExactly(ours);
        }
        List<String> subjects = auditor.given().get("/api/audit/log?limit=1000").then().statusCode(200)
                .extract().path("records.subject");
        assertThat(subjects).contains("enterprise/" + ours, "assessment/" + ourAssessment)
                .doesNotContain("enterprise/" + theirs, "assessment/" + theirAssessment)
                .noneMatch(subject -> subject.startsWith("user/"));
        assertThat(given().get("/api/audit/log?limit=1000").then().extract().<List<String>>path("records.subject"))
                .contains("enterprise/" + theirs, "assessment/" + theirAssessment);
    }

    @Test
    void anAssessorIsAssignedTheEnterprisesTheyRegister() {
        Api.User newcomer = Api.createUser("tenant-newcomer", Role.ASSESSOR);
        String registered = newcomer.given().contentType(ContentType.JSON).body("{\"name\": \"Newcomer Co\"}")
                .post("/api/enterprises").then().statusCode(201).extract().path("id");
        newcomer.given().contentType(ContentType.JSON).body(Examples.body("just-starting"))
                .post("/api/enterprises/" + registered + "/assessments").then().statusCode(201);
        assertThat(newcomer.given().get("/api/enterprises").then().extract().<List<String>>path("id"))
                .containsExactly(registered);
        assertThat(newcomer.given().get("/api/me").then().extract().<List<String>>path("assignments.enterprises"))
                .containsExactly(registered);
    }

    @Test
    void anAuditorGrantedEveryEnterpriseSeesThemAll() {
        Api.User wide = Api.createUser("tenant-wide-auditor", Role.AUDITOR);
        given().contentType(ContentType.JSON).body(Map.of("enterprises", List.of(), "allEnterprises", true))
                .put("/api/users/" + wide.name() + "/assignments").then().statusCode(200);
        assertThat(wide.given().get("/api/enterprises").then().extract().<List<String>>path("id")).contains(ours, theirs);
        wide.given().get("/api/assessments/" + theirAssessment + "/export.json").then().statusCode(200);
        wide.given().get("/api/audit/verification").then().statusCode(200);
        // Taking the grant back takes the access back, at once.
        given().contentType(ContentType.JSON).body(Map.of("enterprises", List.of(), "allEnterprises", false))
                .put("/api/users/" + wide.name() + "/assignments").then().statusCode(200);
        wide.given().get("/api/assessments/" + theirAssessment + "/export.json").then().statusCode(404);
    }

    private static void assertSameAsMissing(Api.User user, String method, String template, String hidden, String missing) {
        assertSameAsMissing(user, method, template, hidden, missing, null);
    }

    /** The answer for the hidden id equals the answer for an id that exists nowhere, once the ids are blanked. */
    private static void assertSameAsMissing(Api.User user, String method, String template, String hidden, String missing,
                                            String body) {
        String ourOther = template.contains("?with=") ? hidden : null;
        Response forHidden = send(user, method, String.format(template, hidden, ourOther), body);
        Response forMissing = send(user, method, String.format(template, missing, ourOther), body);
        assertEquals(404, forHidden.statusCode(), method + " " + template + " as " + user.name());
        assertEquals(forMissing.statusCode(), forHidden.statusCode());
        assertEquals(forMissing.contentType(), forHidden.contentType());
        assertEquals(forMissing.asString().replace(missing, "ID"), forHidden.asString().replace(hidden, "ID"),
                method + " " + template);
    }

    private static Response send(Api.User user, String method, String url, String body) {
        var request = user.given();
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.request(method, url);
    }
}
