package io.cnmm.enterprise;

import static io.cnmm.testsupport.Api.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.cnmm.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EnterpriseResourceTest {

    @Test
    void createsAnEnterpriseWithLocation() {
        String location = given().contentType(ContentType.JSON)
                .body("""
                        {"name": "  Example Bank  ", "industry": "finance"}
                        """)
                .when().post("/api/enterprises")
                .then().statusCode(201)
                .body("id", notNullValue())
                .body("name", equalTo("Example Bank"))
                .body("industry", equalTo("finance"))
                .extract().header("Location");
        given().when().get(location).then().statusCode(200).body("name", equalTo("Example Bank"));
    }

    @Test
    void listsEnterprises() {
        String id = Api.createEnterprise("Listed Ltd");
        given().when().get("/api/enterprises").then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void rejectsABlankNameWithProblemDetails() {
        given().contentType(ContentType.JSON).body("{\"name\": \" \"}")
                .when().post("/api/enterprises")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/invalid-request"))
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void rejectsControlCharactersInANameInsteadOfFailingInTheDatabase() {
        given().contentType(ContentType.JSON).body("{\"name\": \"Null\\u0000Byte\"}")
                .when().post("/api/enterprises")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].reason", equalTo("must not contain control characters or broken Unicode"));
    }

    @Test
    void rejectsAMissingBody() {
        given().contentType(ContentType.JSON)
                .when().post("/api/enterprises")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void answersAnUnknownEnterpriseWithNotFound() {
        given().when().get("/api/enterprises/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", endsWith("/not-found"))
                .body("detail", equalTo("enterprise 00000000-0000-0000-0000-000000000000 does not exist"));
    }
}
