package io.cnmm.http;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.Examples;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A client that sends half a body and stalls has its connection closed by the service.
 * The timeout is 2 s here; the client waits minutes, so only a service that never closes fails it.
 */
@QuarkusTest
@TestProfile(StalledUploadTest.ShortBodyReadTimeout.class)
class StalledUploadTest {

    /** Far above the service's timeout: only a service that never closes makes the read give up. */
    private static final int CLIENT_PATIENCE_MILLIS = 300_000;

    @Test
    void aBodyThatStopsArrivingHasItsConnectionClosed() throws IOException {
        String enterprise = Api.createEnterprise("Stalled Co");
        byte[] body = Examples.body("just-starting").getBytes(US_ASCII);
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(CLIENT_PATIENCE_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(head(enterprise, body.length));
            out.write(body, 0, body.length / 2);
            out.flush();

            byte[] answer = socket.getInputStream().readAllBytes(); // returns only when the service closes
            assertThat(answer).as("no answer, only the close").isEmpty();
        }
    }

    private static byte[] head(String enterprise, int contentLength) {
        String credentials = Base64.getEncoder().encodeToString((Api.ADMIN + ":" + Api.ADMIN_PASSWORD).getBytes(US_ASCII));
        return ("POST /api/enterprises/" + enterprise + "/assessments HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Basic " + credentials + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + contentLength + "\r\n\r\n").getBytes(US_ASCII);
    }

    public static class ShortBodyReadTimeout implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cnmm.http.body-read-timeout", "2s");
        }
    }
}
