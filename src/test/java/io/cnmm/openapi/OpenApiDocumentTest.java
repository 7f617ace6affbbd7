package io.cnmm.openapi;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.cnmm.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a client generated from /q/openapi relies on, beyond what the linters can know. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final String SUBMIT = "paths.'/api/enterprises/{enterpriseId}/assessments'.post";

    private JsonPath document;

    @BeforeEach
    void read() {
        document = Api.anonymous().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void declaresHttpBasicAndBearerAndEveryOperationNeedsOne() {
        assertThat(document.getMap("components.securitySchemes").keySet(),
                containsInAnyOrder("basicAuth", "bearerAuth"));
        assertThat(document.get("components.securitySchemes.basicAuth.scheme"), equalTo("basic"));
        assertThat(document.getList(SUBMIT + ".security"),
                contains(Map.of("basicAuth", List.of()), Map.of("bearerAuth", List.of())));
    }

    @Test
    void typesFactsAsNumberBooleanOrString() {
        assertThat(document.get("components.schemas.AssessmentRequest.properties.facts.additionalProperties.'$ref'"),
                equalTo("#/components/schemas/FactValue"));
        assertThat(document.getList("components.schemas.FactValue.oneOf.type"),
                contains("number", "boolean", "string"));
        assertThat(document.get("components.schemas.JsonNode"), nullValue());
    }

    @Test
    void documentsTheSubmissionAsCreatedWithLocationAndTheProfilesAsExamples() {
        assertThat(document.getMap(SUBMIT + ".responses"), not(hasKey("200")));
        assertThat(document.get(SUBMIT + ".responses.'201'.headers.Location.required"), equalTo(true));
        assertThat(document.get(SUBMIT + ".responses.'201'.content.'application/json'.schema.'$ref'"),
                equalTo("#/components/schemas/AssessmentView"));
        assertThat(document.getMap(SUBMIT + ".requestBody.content.'application/json'.examples").keySet(),
                containsInAnyOrder("just-starting", "progressing", "leading"));
    }

    @Test
    void documentsProblemAnswersFromTheRolesAndTheRequestShape() {
        assertThat(document.getMap(SUBMIT + ".responses").keySet(),
                containsInAnyOrder("201", "400", "401", "403", "404", "409", "413", "415", "422", "500", "503"));
        // open to every signed-in user: no 403; no body, no parameter: no 400, 404 or 422
        assertThat(document.getMap("paths.'/api/model'.get.responses").keySet(),
                containsInAnyOrder("200", "401", "500", "503"));
        assertThat(document.get(SUBMIT + ".description"), containsString("Roles: assessor, admin."));
        assertThat(document.get("components.responses.NotFound.content.'application/problem+json'.schema.'$ref'"),
                equalTo("#/components/schemas/ProblemDetail"));
    }
}
