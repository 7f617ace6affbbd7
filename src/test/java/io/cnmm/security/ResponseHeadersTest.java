package io.cnmm.security;

import static io.cnmm.testsupport.Api.given;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.Examples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every answer tells browsers not to guess its type, errors included: a problem detail or a CSV
 * that a browser sniffed as HTML could run script. The HTML report may not be framed by another page.
 */
@QuarkusTest
class ResponseHeadersTest {

    @Test
    void everyAnswerForbidsContentSniffing() {
        String assessment = Api.submit(Api.createEnterprise("Headers Co"), Examples.body("just-starting"));
        Map<String, Supplier<Response>> answers = new LinkedHashMap<>(); // named by the status each must have
        answers.put("200 JSON", () -> given().get("/api/model"));
        answers.put("200 CSV", () -> given().get("/api/assessments/" + assessment + "/export.csv"));
        answers.put("200 HTML", () -> given().get("/api/assessments/" + assessment + "/report.html"));
        answers.put("200 PDF", () -> given().get("/api/assessments/" + assessment + "/report.pdf"));
        answers.put("200 PEM", () -> given().get("/api/signing-key"));
        answers.put("200 health", () -> Api.anonymous().get("/q/health/ready"));
        answers.put("200 OpenAPI", () -> Api.anonymous().get("/q/openapi"));
        answers.put("401 API", () -> Api.anonymous().get("/api/me"));
        answers.put("401 wrong password", () -> Api.as(Api.ADMIN, "not the password at all").get("/api/me"));
        answers.put("401 outside the API", () -> Api.anonymous().get("/q/swagger-ui/"));
        answers.put("403", () -> Api.createUser("headers-author", Role.RULE_AUTHOR).given().get("/api/users"));
        answers.put("404 problem", () -> given().get("/api/assessments/" + UUID.randomUUID()));
        answers.put("404 no such path", () -> given().get("/api/nowhere"));
        answers.put("400 malformed JSON", () -> given().contentType("application/json").body("{").post("/api/enterprises"));
        answers.put("422 problem", () -> given().contentType("application/json").body("{\"name\": \" \"}").post("/api/enterprises"));
        answers.forEach((what, request) -> {
            Response answer = request.get();
            assertThat(answer.statusCode()).as(what).isEqualTo(Integer.parseInt(what.substring(0, 3)));
            assertThat(answer.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        });
    }

    /** Refused on its Content-Length before it is read, by the HTTP layer, and still with the header. */
    @Test
    void aBodyPastTheLimitIsRefusedWithTheHeaderToo() throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.getOutputStream().write(("POST /api/rulesets HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                    + Base64.getEncoder().encodeToString((Api.ADMIN + ":" + Api.ADMIN_PASSWORD).getBytes(US_ASCII))
                    + "\r\nContent-Type: application/zip\r\nContent-Length: " + 9 * 1024 * 1024 + "\r\n\r\n")
                    .getBytes(US_ASCII));
            socket.getOutputStream().flush();
            BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), US_ASCII));
            List<String> head = new ArrayList<>();
            for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
                head.add(line.toLowerCase(Locale.ROOT));
            }
            assertThat(head).first().asString().startsWith("http/1.1 413");
            assertThat(head).contains("x-content-type-options: nosniff");
        }
    }

    @Test
    void theHtmlReportMayNotBeFramed() {
        String assessment = Api.submit(Api.createEnterprise("Frames Co"), Examples.body("just-starting"));
        given().get("/api/assessments/" + assessment + "/report.html").then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("default-src 'none'"));
    }
}
