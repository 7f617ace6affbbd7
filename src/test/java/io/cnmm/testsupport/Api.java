package io.cnmm.testsupport;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Small steps the HTTP tests share, so each test states only what it is about. */
public final class Api {

    /** The administrator the first start creates from the test configuration (PostgresResource). */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "tests-only-admin-password";

    private Api() {
    }

    /** A request as the administrator, who may do everything: what most tests need, as they are not about roles. */
    public static RequestSpecification given() {
        return as(ADMIN, ADMIN_PASSWORD);
    }

    public static RequestSpecification as(String username, String password) {
        return RestAssured.given().auth().preemptive().basic(username, password);
    }

    /** A plain Java HTTP request as the administrator, for the load tests and benchmarks. */
    public static java.net.http.HttpRequest.Builder request(java.net.URI uri) {
        return java.net.http.HttpRequest.newBuilder(uri).header("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** A stored user with a password, made through the API by the administrator. */
    public record User(String name, String password) {

        public RequestSpecification given() {
            return as(name, password);
        }

        /** Assigns enterprises to the user (replacing earlier assignments). */
        public User assigned(String... enterprises) {
            Api.given().contentType(ContentType.JSON)
                    .body(java.util.Map.of("enterprises", java.util.List.of(enterprises), "allEnterprises", false))
                    .put("/api/users/" + name + "/assignments").then().statusCode(200);
            return this;
        }
    }

    /** Creates a user with the given roles and a unique name starting with {@code prefix}. */
    public static User createUser(String prefix, String... roles) {
        String name = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + java.util.UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(java.util.Map.of("username", name, "password", password, "roles", java.util.List.of(roles)))
                .post("/api/users").then().statusCode(201);
        return new User(name, password);
    }

    /** A request with no user at all. */
    public static RequestSpecification anonymous() {
        return RestAssured.given();
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
