package io.cnmm.assessment;

import static io.cnmm.testsupport.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.Examples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An enterprise's history with its milestones, and comparisons between two of its assessments in JSON and HTML. */
@QuarkusTest
class MilestonesAndComparisonTest {

    @Test
    void namesAMilestoneAndShowsItInTheHistory() {
        String enterprise = Api.createEnterprise("Milestone Co");
        String first = Api.submit(enterprise, Examples.body("just-starting"));
        String second = Api.submit(enterprise, Examples.body("progressing"));

        name(first, "Before the platform team").statusCode(200)
                .body("assessment", equalTo(first)).body("name", equalTo("Before the platform team"))
                .body("namedBy", equalTo(io.cnmm.testsupport.Api.ADMIN));
        name(first, "  Q1 baseline ").statusCode(200).body("name", equalTo("Q1 baseline"));

        given().get("/api/enterprises/" + enterprise + "/assessments").then().statusCode(200)
                .body("find { it.id == '" + first + "' }.milestone", equalTo("Q1 baseline"))
                .body("find { it.id == '" + second + "' }.milestone", nullValue())
                .body("find { it.id == '" + first + "' }.partLevels.T", equalTo(1));
        assertTrue(given().get("/api/assessments/" + first + "/report.html").asString().contains("Q1 baseline"));
    }

    @Test
    void refusesABlankMilestoneAndAnUnknownAssessment() {
        String id = Api.submit(Api.createEnterprise("Blank Milestone Co"), Examples.body("just-starting"));
        name(id, " ").statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("name"));
        name(UUID.randomUUID().toString(), "Lost").statusCode(404).body("type", endsWith("/not-found"));
    }

    @Test
    void comparesOnlyAssessmentsOfOneEnterprise() {
        String mine = Api.submit(Api.createEnterprise("Compare A Co"), Examples.body("just-starting"));
        String theirs = Api.submit(Api.createEnterprise("Compare B Co"), Examples.body("leading"));

        given().get("/api/assessments/" + mine + "/comparison?with=" + theirs).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("with"))
                .body("detail", containsString("another enterprise"));
        given().get("/api/assessments/" + mine + "/report.html?compareWith=" + theirs).then().statusCode(422)
                .body("errors[0].field", equalTo("compareWith"));
    }

    @Test
    void showsTheSameComparisonInJsonAndInTheHtmlReport() {
        String enterprise = Api.createEnterprise("Progress Co");
        String before = Api.submit(enterprise, Examples.body("just-starting"));
        String after = Api.submit(enterprise, Examples.body("leading"));
        JsonPath comparison = given().get("/api/assessments/" + before + "/comparison?with=" + after).then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> containerisation = comparison.getMap("indicators.find { it.indicator == 'T-RM-01' }");

        String html = given().get("/api/assessments/" + after + "/report.html?compareWith=" + before).then()
                .statusCode(200).extract().asString();
        assertTrue(html.contains("Compared with the assessment of"));
        assertTrue(html.contains(comparison.getInt("changedIndicators") + " indicators changed"));
        assertTrue(html.contains("<td class=\"level\">" + containerisation.get("fromLevel") + " · "));
        assertTrue(html.contains("<td class=\"level\">" + containerisation.get("toLevel") + " · "));
        assertTrue(html.contains("met here, not there: &#39;T-RM-01 level 2: at least 25 % of applications run in containers&#39;"));
    }

    private static io.restassured.response.ValidatableResponse name(String assessment, String name) {
        return given().contentType(ContentType.JSON).body(Map.of("name", name))
                .put("/api/assessments/" + assessment + "/milestone").then();
    }
}
