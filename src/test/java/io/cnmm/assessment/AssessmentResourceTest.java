package io.cnmm.assessment;

import static io.cnmm.testsupport.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.Examples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The assessment HTTP contract; AssessmentIT runs it again on the packaged application. */
@QuarkusTest
class AssessmentResourceTest {

    /** Part T only, one indicator per domain: T-RM-01 at 2, T-RD-04 at 4, T-OM-06 at 4, T-AS-01 at 4. */
    private static final String PARTIAL = """
            {"facts": {"containerized_pct": 55, "base_image_catalog": false, "base_image_auto_rebuild": false,
                       "deploys_per_year_median": 104, "fdrt_median_90d": 1439, "apps_decomposed_pct": 80,
                       "independently_deployable_pct": 80, "service_ownership_pct": 80}}
            """;

    @Test
    void submitsAnAssessmentAndReturnsTheFullResultWithLocation() {
        String enterprise = Api.createEnterprise("Submit Co");
        JsonPath created = given().contentType(ContentType.JSON).body(PARTIAL)
                .when().post("/api/enterprises/" + enterprise + "/assessments")
                .then().statusCode(201)
                .header("Location", containsString("/api/assessments/"))
                .body("enterpriseId", equalTo(enterprise))
                .body("modelVersion", equalTo("2026.12-TAS2"))
                .body("rulesetDigest", startsWith("sha256:"))
                .body("facts.containerized_pct", equalTo(55))
                .body("indicators.find { it.id == 'T-RM-01' }.level", equalTo(2))
                .body("indicators.find { it.id == 'T-RD-04' }.level", equalTo(4))
                .body("domains.find { it.id == 'T-RM' }.level", equalTo(2))
                .body("parts.find { it.id == 'T' }.level", equalTo(3))
                .body("parts.find { it.id == 'T' }.notAssessed", empty())
                .body("parts.find { it.id == 'A' }.level", nullValue())
                .body("parts.find { it.id == 'S' }.level", nullValue())
                .body("overall.level", nullValue())
                .body("overall.inputs", equalTo(Map.of("T", 3)))
                .body("overall.notAssessed", contains("A", "S"))
                .body("coverage.parts.T.assessed", equalTo(4))
                .extract().jsonPath();
        String id = created.getString("id");
        JsonPath read = given().when().get("/api/assessments/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(created.getMap("$"), read.getMap("$"), "a stored assessment reads back exactly as it was returned");
    }

    @Test
    void reportsGapsWithRequiredAndSubmittedValues() {
        String enterprise = Api.createEnterprise("Gap Co");
        given().contentType(ContentType.JSON).body(PARTIAL)
                .when().post("/api/enterprises/" + enterprise + "/assessments")
                .then().statusCode(201)
                .body("indicators.find { it.id == 'T-RM-01' }.gaps.criterion",
                        contains("T-RM-01 level 3: a curated base-image catalogue is used"))
                .body("indicators.find { it.id == 'T-RM-01' }.gaps[0].file", equalTo("T/T-RM/T-RM-01.drl"))
                .body("indicators.find { it.id == 'T-RM-01' }.gaps[0].checks[0].required", equalTo("true"))
                .body("indicators.find { it.id == 'T-RM-01' }.gaps[0].checks[0].submitted", equalTo(false))
                .body("indicators.find { it.id == 'T-RD-04' }.gaps[0].checks[0].required", equalTo(">= 365"))
                .body("indicators.find { it.id == 'T-RD-04' }.gaps[0].checks[0].submitted", equalTo(104))
                .body("indicators.find { it.id == 'T-RD-04' }.gaps[0].checks[0].unit", equalTo("per year"));
    }

    @Test
    void reportsIndicatorsWithMissingFactsAsNotAssessed() {
        String enterprise = Api.createEnterprise("Missing Co");
        given().contentType(ContentType.JSON).body("{\"facts\": {\"containerized_pct\": 90}}")
                .when().post("/api/enterprises/" + enterprise + "/assessments")
                .then().statusCode(201)
                .body("indicators.find { it.id == 'T-RM-01' }.assessed", equalTo(false))
                .body("indicators.find { it.id == 'T-RM-01' }.level", nullValue())
                .body("indicators.find { it.id == 'T-RM-01' }.missingFacts",
                        contains("base_image_catalog", "base_image_auto_rebuild"))
                .body("overall.level", nullValue());
    }

    @Test
    void tracesEveryLevelDownToTheFactsItMatched() {
        String enterprise = Api.createEnterprise("Trace Co");
        given().contentType(ContentType.JSON).body(PARTIAL)
                .when().post("/api/enterprises/" + enterprise + "/assessments")
                .then().statusCode(201)
                .body("trace.sequence", hasItem(1))
                .body("trace.findAll { it.indicator == 'T-RM-01' }.rule",
                        contains("T-RM-01 level 2: at least 25 % of applications run in containers",
                                "T-RM-01 level 3: at least 50 % of applications run in containers"))
                .body("trace.findAll { it.indicator == 'T-RM-01' }.matched.flatten().value", everyItem(equalTo(55)))
                .body("trace.find { it.stage == 'indicator-level' && it.derived[0].indicatorLevel == 'T-RM-01' }.derived[0].level",
                        equalTo(2))
                .body("trace.find { it.stage == 'domain-level' && it.derived[0].domainLevel == 'T-RM' }.derived[0].from",
                        equalTo(Map.of("T-RM-01", 2)))
                .body("trace.find { it.stage == 'part-level' }.derived[0].from", equalTo(Map.of("T-RM", 2, "T-RD", 4, "T-OM", 4, "T-AS", 4)))
                .body("trace.find { it.stage == 'overall-level' }.file", equalTo("aggregation/overall-level.drl"));
    }

    @Test
    void ranksAdviceByWhatEachStepRaisesAndShowsIt() {
        String enterprise = Api.createEnterprise("Advice Co");
        JsonPath result = given().contentType(ContentType.JSON).body(Examples.body("progressing"))
                .when().post("/api/enterprises/" + enterprise + "/assessments")
                .then().statusCode(201)
                .body("advice[0].rank", equalTo(1))
                .body("advice[0].text.en", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()))
                .body("advice[0..1].indicator", org.hamcrest.Matchers.containsInAnyOrder("S-CA-02", "S-CA-06"))
                .body("advice[0].effect.scope", equalTo("overall"))
                .body("advice[0].effect.from", equalTo(2))
                .body("advice[0].effect.to", equalTo(3))
                .body("advice[0].effect.raises.find { it.scope == 'part' }", equalTo(Map.of("scope", "part", "id", "S", "from", 2, "to", 3)))
                .body("advice[0].reason", org.hamcrest.Matchers.startsWith("raises overall 2 → 3"))
                .extract().jsonPath();
        List<String> order = List.of("overall", "part", "characteristic", "domain", "indicator");
        List<Integer> tiers = result.getList("advice.effect.scope", String.class).stream().map(order::indexOf).toList();
        assertEquals(tiers.stream().sorted().toList(), tiers, "steps raising higher scopes come first");
        assertEquals(result.getList("indicators.findAll { it.assessed && it.level < 5 }").size(),
                result.getList("advice").size(), "every assessed indicator below the top level gets advice");
    }

    @Test
    void evaluatesEveryExampleProfileToItsExpectedLevels() {
        String enterprise = Api.createEnterprise("Examples Co");
        for (String profile : Examples.PROFILES) {
            JsonPath result = given().contentType(ContentType.JSON).body(Examples.body(profile))
                    .when().post("/api/enterprises/" + enterprise + "/assessments")
                    .then().statusCode(201).extract().jsonPath();
            Examples.expectedLevels(profile).forEach((id, expected) -> assertEquals(expected, levelOf(result, id),
                    () -> profile + ": " + id));
        }
    }

    @Test
    void marksProvisionalProcessDomainsWhereverTheyAreShown() {
        String enterprise = Api.createEnterprise("Provisional Co");
        given().contentType(ContentType.JSON).body(Examples.body("just-starting"))
                .when().post("/api/enterprises/" + enterprise + "/assessments")
                .then().statusCode(201)
                .body("indicators.findAll { it.provisional }.id",
                        containsInAnyOrder("A-X01", "A-X02", "A-X03", "A-X04", "A-X05"))
                .body("advice.findAll { it.provisional }.indicator", everyItem(startsWith("A-X")))
                .body("advice.findAll { it.indicator.startsWith('A-X') }.provisional", everyItem(equalTo(true)))
                .body("characteristics.find { it.id == 'A-automation' }.provisional", equalTo(true))
                .body("characteristics.find { it.id == 'A-elasticity' }.provisional", equalTo(false));
    }

    @Test
    void saysWhenEveryIndicatorOfADomainIsAtTheTopLevel() {
        String enterprise = Api.createEnterprise("Top Co");
        Map<String, com.fasterxml.jackson.databind.JsonNode> facts = new java.util.HashMap<>();
        io.cnmm.testsupport.ShippedModel.model().indicators().values().stream()
                .filter(i -> i.domain().equals("T-RD"))
                .forEach(i -> facts.putAll(io.cnmm.testsupport.ScenarioFacts.forLevel(i.id(), 5)));
        given().contentType(ContentType.JSON).body(Map.of("facts", facts))
                .when().post("/api/enterprises/" + enterprise + "/assessments")
                .then().statusCode(201)
                .body("domains.find { it.id == 'T-RD' }.level", equalTo(5))
                .body("domains.find { it.id == 'T-RD' }.allAtTop", equalTo(true))
                .body("parts.find { it.id == 'T' }.level", nullValue())
                .body("parts.find { it.id == 'T' }.allAtTop", equalTo(false))
                .body("parts.find { it.id == 'T' }.notAssessed", contains("T-RM", "T-OM", "T-AS"));
    }

    @Test
    void listsAnEnterprisesAssessmentsNewestFirst() {
        String enterprise = Api.createEnterprise("History Co");
        String first = Api.submit(enterprise, Examples.body("just-starting"));
        String second = Api.submit(enterprise, Examples.body("leading"));
        given().when().get("/api/enterprises/" + enterprise + "/assessments")
                .then().statusCode(200)
                .body("$", hasSize(2))
                .body("id", contains(second, first))
                .body("overallLevel", contains(4, 1))
                .body("[0].partLevels.T", equalTo(4));
    }

    @Test
    void answersAnUnknownAssessmentWithNotFound() {
        given().when().get("/api/assessments/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", endsWith("/not-found"));
    }

    private static Integer levelOf(JsonPath result, String id) {
        if ("overall".equals(id)) {
            return result.getInt("overall.level");
        }
        for (String scope : List.of("indicators", "characteristics", "domains", "parts")) {
            Integer level = result.get(scope + ".find { it.id == '" + id + "' }.level");
            if (level != null) {
                return level;
            }
        }
        return null;
    }
}
