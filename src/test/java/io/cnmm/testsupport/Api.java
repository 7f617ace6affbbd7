package io.cnmm.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/** Small steps the HTTP tests share, so each test states only what it is about. */
public final class Api {

    private Api() {
    }

    /** Creates an enterprise and returns its id. */
    public static String createEnterprise(String name) {
        return given().contentType(ContentType.JSON).body("{\"name\": \"" + name + "\"}")
                .when().post("/api/enterprises")
                .then().statusCode(201).extract().path("id");
    }

    /** Submits a body as an assessment of an enterprise and returns the new assessment's id. */
    public static String submit(String enterpriseId, String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/enterprises/" + enterpriseId + "/assessments")
                .then().statusCode(201).extract().path("id");
    }
}
