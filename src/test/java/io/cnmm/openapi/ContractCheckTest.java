package io.cnmm.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.ContractCheck;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** The check every HTTP test runs through: installed for all, and it fails a test on a mismatch. */
@QuarkusTest
class ContractCheckTest {

    @Test
    void isInstalledForEveryRestAssuredRequest() {
        assertThat(RestAssured.filters()).anyMatch(ContractCheck.class::isInstance);
    }

    @Test
    void failsAnAnswerTheDocumentDoesNotDeclare() throws Exception {
        String id = Api.createEnterprise("Contract Corp");
        ObjectNode document = (ObjectNode) new ObjectMapper().readTree(Api.anonymous().get("/q/openapi?format=json").asString());
        ObjectNode enterprise = (ObjectNode) document.at("/components/schemas/EnterpriseView");
        enterprise.putArray("required").add("registeredOffice");
        ContractCheck stricter = new ContractCheck(document.toString());

        assertThatThrownBy(() -> Api.given().filter(stricter).get("/api/enterprises/" + id))
                .isInstanceOf(OpenApiValidationFilter.OpenApiValidationException.class)
                .hasMessageContaining("registeredOffice");
    }

    @Test
    void failsAStatusTheOperationDoesNotDeclare() throws Exception {
        ObjectNode document = (ObjectNode) new ObjectMapper().readTree(Api.anonymous().get("/q/openapi?format=json").asString());
        ((ObjectNode) document.at("/paths/~1api~1model~1indicators~1{id}/get/responses")).remove("404");
        ContractCheck without404 = new ContractCheck(document.toString());

        assertThatThrownBy(() -> Api.given().filter(without404).get("/api/model/indicators/NO-SUCH-1"))
                .isInstanceOf(OpenApiValidationFilter.OpenApiValidationException.class)
                .hasMessageContaining("404");
    }
}
