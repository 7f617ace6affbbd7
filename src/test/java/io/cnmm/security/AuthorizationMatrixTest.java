package io.cnmm.security;

import static io.cnmm.testsupport.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cnmm.publishing.RulesBundle;
import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.Bundles;
import io.cnmm.testsupport.Examples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every endpoint, called by every kind of caller, answers the status written here. The endpoints
 * come from the OpenAPI document, so a new endpoint without a row fails this test, as does a row
 * for an endpoint that no longer exists.
 *
 * <p>The assessor and the auditor are assigned to the enterprise every path refers to: a refusal
 * here is about the role, not the tenant ({@link TenantIsolationTest} is about the tenant).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    private static final List<String> CALLERS = List.of("nobody", "assessor", "auditor", "rule-author", "admin");

    /** 401: no user. 403: the role may not. 404 for admin on the benchmark floor: it is off unless configured. */
    private static final String MATRIX = """
            # method path                                                   nobody assessor auditor rule-author admin
            GET    /api/model                                                   401 200 200 200 200
            GET    /api/model/indicators/{id}                                   401 200 200 200 200
            GET    /api/me                                                      401 200 200 200 200
            GET    /api/signing-key                                             401 200 200 200 200
            GET    /api/signing-keys                                            401 200 200 200 200
            GET    /api/signing-keys/{keyId}                                    401 200 200 200 200
            POST   /api/signing-keys                                            401 403 403 403 201
            POST   /api/enterprises                                             401 201 403 403 201
            GET    /api/enterprises                                             401 200 200 403 200
            GET    /api/enterprises/{id}                                        401 200 200 403 200
            POST   /api/enterprises/{enterpriseId}/assessments                  401 201 403 403 201
            GET    /api/enterprises/{enterpriseId}/assessments                  401 200 200 403 200
            GET    /api/assessments/{id}                                        401 200 200 403 200
            POST   /api/assessments/{id}/replay                                 401 200 200 403 200
            POST   /api/assessments/{id}/reevaluations                          401 201 403 403 201
            PUT    /api/assessments/{id}/milestone                              401 200 403 403 200
            GET    /api/assessments/{id}/comparison                             401 200 200 403 200
            GET    /api/assessments/{id}/report.html                            401 200 200 403 200
            GET    /api/assessments/{id}/report.pdf                             401 200 200 403 200
            GET    /api/assessments/{id}/export.json                            401 403 200 403 200
            GET    /api/assessments/{id}/export.csv                             401 403 200 403 200
            GET    /api/assessments/{id}/verification                           401 403 200 403 200
            GET    /api/audit/log                                               401 403 200 403 200
            GET    /api/audit/verification                                      401 403 403 403 200
            GET    /api/rulesets                                                401 200 200 200 200
            GET    /api/rulesets/active                                         401 200 200 200 200
            GET    /api/rulesets/activations                                    401 200 200 200 200
            GET    /api/rulesets/{ref}                                          401 200 200 200 200
            GET    /api/rulesets/{ref}/bundle                                   401 200 200 200 200
            POST   /api/rulesets                                                401 403 403 200 200
            POST   /api/rulesets/folders                                        401 403 403 200 200
            POST   /api/rulesets/scenario-runs                                  401 403 403 200 200
            POST   /api/rulesets/{ref}/scenario-runs                            401 403 403 200 200
            POST   /api/rulesets/{ref}/activation                               401 403 403 403 200
            POST   /api/rulesets/rollback                                       401 403 403 403 200
            POST   /api/rulesets/{ref}/rescorings                               401 403 403 403 202
            GET    /api/rescorings/{id}                                         401 403 403 403 200
            GET    /api/users                                                   401 403 403 403 200
            POST   /api/users                                                   401 403 403 403 201
            GET    /api/users/{username}                                        401 403 403 403 200
            PUT    /api/users/{username}                                        401 403 403 403 200
            DELETE /api/users/{username}                                        401 403 403 403 204
            GET    /api/users/{username}/assignments                            401 403 403 403 200
            PUT    /api/users/{username}/assignments                            401 403 403 403 200
            POST   /api/benchmark/enterprises/{enterpriseId}/bare-assessments   401 403 403 403 404
            """;

    @TempDir
    static Path temp;

    private final Map<String, Supplier<RequestSpecification>> callers = new LinkedHashMap<>();
    private String enterprise;
    private String assessment;
    private String other;
    private String original;
    private String variant;
    private byte[] variantBundle;
    private String rescoring;

    @BeforeEach // not @BeforeAll: the test server's port is known to REST Assured only per test
    void fixtures() {
        if (enterprise != null) {
            return;
        }
        enterprise = Api.createEnterprise("Matrix Co");
        assessment = Api.submit(enterprise, Examples.body("progressing"));
        other = Api.submit(enterprise, Examples.body("leading"));
        Api.User assessor = Api.createUser("matrix-assessor", Role.ASSESSOR).assigned(enterprise);
        Api.User auditor = Api.createUser("matrix-auditor", Role.AUDITOR).assigned(enterprise);
        Api.User author = Api.createUser("matrix-author", Role.RULE_AUTHOR);
        callers.put("nobody", Api::anonymous);
        callers.put("assessor", assessor::given);
        callers.put("auditor", auditor::given);
        callers.put("rule-author", author::given);
        callers.put("admin", Api::given);

        original = given().get("/api/rulesets/active").path("loadedHere");
        // The same rules with a note of this run: a second version, so a rollback has somewhere to go.
        variantBundle = Bundles.shippedWith(temp, workspace -> workspace.write(workspace.rules().resolve("CHANGES.md"),
                "matrix run " + UUID.randomUUID()));
        variant = RulesBundle.fromZip(variantBundle).digest();
        given().contentType("application/zip").body(variantBundle).queryParam("message", "matrix variant")
                .post("/api/rulesets").then().statusCode(201);
        // The server's folders as a version of their own, so publishing them in a cell finds it (200) in any order.
        given().contentType(ContentType.JSON).body(Map.of("message", "matrix folders")).post("/api/rulesets/folders")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        rescoring = given().contentType(ContentType.JSON).body("{}").post("/api/rulesets/" + original + "/rescorings")
                .then().statusCode(202).extract().path("id");
    }

    @Test
    void everyEndpointIsInTheMatrix() throws IOException {
        assertThat(new TreeSet<>(rows().keySet()))
                .as("the matrix lists exactly the endpoints the service has: add a row for a new endpoint")
                .isEqualTo(declaredEndpoints());
    }

    /**
     * Read from the compiled resource classes rather than the OpenAPI document, which leaves out
     * hidden endpoints (the benchmark floor): "METHOD /path" for every JAX-RS method.
     */
    private TreeSet<String> declaredEndpoints() throws IOException {
        Path classes = Path.of("target/classes");
        TreeSet<String> endpoints = new TreeSet<>();
        try (var files = Files.walk(classes.resolve("io/cnmm"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, getClass().getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    for (var annotation : method.getAnnotations()) {
                        jakarta.ws.rs.HttpMethod http = annotation.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
                        if (http != null) {
                            jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                            String path = ("/" + root.value() + (sub == null ? "" : "/" + sub.value()))
                                    .replaceAll("/+", "/").replaceAll("(.)/$", "$1");
                            endpoints.add(http.value() + " " + path);
                        }
                    }
                }
            }
        }
        assertThat(endpoints).as("resource classes found under " + classes.toAbsolutePath()).hasSizeGreaterThan(30);
        return endpoints;
    }

    @Test
    void everyCallerGetsTheStatusTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (var row : rows().entrySet()) {
            for (int c = 0; c < CALLERS.size(); c++) {
                io.restassured.response.Response response = call(row.getKey(), callers.get(CALLERS.get(c)).get());
                int status = response.statusCode();
                cells++;
                String cell = row.getKey() + " as " + CALLERS.get(c) + ": ";
                if (status != row.getValue().get(c)) {
                    wrong.add(cell + status + ", expected " + row.getValue().get(c));
                } else if ((status == 401 || status == 403)
                        && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                    wrong.add(cell + status + " answered as " + response.contentType() + ", not as a problem");
                } else if (status == 401 && !String.valueOf(response.header("WWW-Authenticate")).startsWith("Basic")) {
                    wrong.add(cell + "401 without a challenge to sign in");
                }
            }
        }
        given().contentType(ContentType.JSON).body("{}").post("/api/rulesets/" + original + "/activation")
                .then().statusCode(200);
        assertThat(wrong).as("cells answered otherwise").isEmpty();
        assertEquals(rows().size() * CALLERS.size(), cells);
    }

    /** Makes the request of one row as one caller, with real path values and a valid body. */
    private io.restassured.response.Response call(String endpoint, RequestSpecification caller) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        RequestSpecification request = body(method, path, caller);
        String url = path
                .replace("/api/model/indicators/{id}", "/api/model/indicators/T-RM-01")
                .replace("/api/enterprises/{id}", "/api/enterprises/" + enterprise)
                .replace("{enterpriseId}", enterprise)
                .replace("/api/assessments/{id}", "/api/assessments/" + assessment)
                .replace("/api/rescorings/{id}", "/api/rescorings/" + rescoring)
                .replace("{ref}", original);
        if (url.contains("{keyId}")) {
            url = url.replace("{keyId}", given().get("/api/signing-key").header("Cnmm-Key-Id"));
        }
        if (url.contains("{username}")) {
            url = url.replace("{username}", victim());
        }
        if (path.endsWith("/comparison")) {
            request.queryParam("with", other);
        }
        if (path.equals("/api/rulesets/rollback")) {
            // Rolling back needs an earlier version: make the variant active, so the rollback returns to the original.
            given().contentType(ContentType.JSON).body("{}").post("/api/rulesets/" + variant + "/activation")
                    .then().statusCode(200);
        }
        return request.request(method, url);
    }

    private RequestSpecification body(String method, String path, RequestSpecification request) {
        if (path.equals("/api/rulesets") || path.equals("/api/rulesets/scenario-runs")) {
            return request.contentType("application/zip").body(variantBundle).queryParam("message", "matrix");
        }
        if (method.equals("GET") || method.equals("DELETE") || path.endsWith("/replay") || path.endsWith("scenario-runs")) {
            return request;
        }
        Object body = switch (path) {
            case "/api/enterprises" -> Map.of("name", "Matrix Co (made in a cell)");
            case "/api/enterprises/{enterpriseId}/assessments",
                 "/api/benchmark/enterprises/{enterpriseId}/bare-assessments" -> Examples.body("progressing");
            case "/api/assessments/{id}/milestone" -> Map.of("name", "Matrix milestone");
            case "/api/rulesets/folders" -> Map.of("message", "matrix");
            case "/api/users" -> Map.of("username", "matrix-new-" + UUID.randomUUID().toString().substring(0, 8),
                    "password", "a long enough password", "roles", List.of(Role.ASSESSOR));
            case "/api/users/{username}" -> Map.of("roles", List.of(Role.AUDITOR));
            case "/api/users/{username}/assignments" -> Map.of("enterprises", List.of(enterprise), "allEnterprises", false);
            default -> Map.of();
        };
        return request.contentType(ContentType.JSON).body(body);
    }

    /** A fresh user per cell, so deleting or changing one never affects the next cell. */
    private String victim() {
        return Api.createUser("matrix-victim", Role.ASSESSOR).name();
    }

    private static Map<String, List<Integer>> rows() {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        MATRIX.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(line -> {
            String[] cells = line.split("\\s+");
            assertEquals(2 + CALLERS.size(), cells.length, line);
            rows.put(cells[0] + " " + cells[1],
                    Arrays.stream(cells, 2, cells.length).map(Integer::valueOf).toList());
        });
        return rows;
    }
}
