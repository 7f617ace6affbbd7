package io.cnmm.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.ServiceProcess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM with submissions in flight: readiness goes down first, every submission still gets its answer
 * (and each 201 is really stored), then the process exits within the grace period, and the embedded
 * PostgreSQL after it. The submissions are held in flight without timing: each has sent its headers and
 * half its body before the signal, and sends the rest only once readiness shows the shutdown has begun.
 */
// The service's own embedded PostgreSQL, whichever database the other tests use: it runs in the
// embedded pass of .ci/run and would only repeat itself in the external one.
@DisabledIfSystemProperty(named = "test.jdbc-url", matches = ".+")
class GracefulStopIT {

    private static final int IN_FLIGHT = 8;
    /** quarkus.shutdown.delay (5 s) + quarkus.shutdown.timeout (30 s), with a wide margin for a slow machine. */
    private static final Duration GRACE_WITH_MARGIN = Duration.ofSeconds(90);

    @TempDir
    Path folder;

    @Test
    void everySubmissionInFlightIsAnsweredAndStoredBeforeTheDatabaseStops() throws Exception {
        byte[] body = Files.readAllBytes(Path.of("model-data/examples/progressing.json"));
        ServiceProcess service = ServiceProcess.start(folder, "first.log");
        String path = "/api/enterprises/" + service.createEnterprise("Stopped mid-flight") + "/assessments";
        List<HalfSentRequest> inFlight = new ArrayList<>();
        for (int i = 0; i < IN_FLIGHT; i++) {
            inFlight.add(HalfSentRequest.open(service.port(), path, body));
        }
        ProcessHandle postmaster = ServiceProcess.postmaster(folder).orElseThrow();

        service.terminate();
        awaitReadinessDown(service);
        List<String> stored = new ArrayList<>();
        for (HalfSentRequest request : inFlight) {
            String answer = request.finish();
            assertThat(answer).as("every submission in flight gets an answer").startsWith("HTTP/1.1 201");
            stored.add(ServiceProcess.idIn(answer));
        }

        assertThat(service.exitsWithin(GRACE_WITH_MARGIN)).as("exits within the grace period").isTrue();
        // pg_ctl has waited for the server to stop; the process itself may take a moment more to be gone.
        assertThat(postmaster.onExit()).as("the embedded PostgreSQL stopped with it").succeedsWithin(Duration.ofMinutes(1));
        assertThat(ServiceProcess.postmaster(folder)).isEmpty();
        ServiceProcess again = ServiceProcess.start(folder, "second.log");
        try {
            for (String id : stored) {
                assertThat(again.get("/api/assessments/" + id).statusCode()).as("stored: " + id).isEqualTo(200);
            }
        } finally {
            again.stop();
        }
    }

    /** Readiness answers 503 during the shutdown delay; nothing answers once the server has closed. */
    private static void awaitReadinessDown(ServiceProcess service) throws InterruptedException {
        while (service.isAlive() && service.readiness() == 200) {
            Thread.sleep(50);
        }
    }

    /** A submission whose headers and first half of the body have been sent. */
    private record HalfSentRequest(Socket socket, byte[] body) {

        static HalfSentRequest open(int port, String path, byte[] body) throws IOException {
            Socket socket = new Socket("127.0.0.1", port);
            // No client clock decides the outcome; this only ends a test whose server never answers.
            socket.setSoTimeout((int) Duration.ofMinutes(5).toMillis());
            String credentials = Base64.getEncoder().encodeToString(
                    (Api.ADMIN + ":" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
            String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                    + "Authorization: Basic " + credentials + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, body.length / 2);
            out.flush();
            return new HalfSentRequest(socket, body);
        }

        /** Sends the rest of the body and reads the whole answer (status line, headers, body). */
        String finish() throws IOException {
            try (socket) {
                socket.getOutputStream().write(body, body.length / 2, body.length - body.length / 2);
                socket.getOutputStream().flush();
                InputStream in = socket.getInputStream();
                ByteArrayOutputStream answer = new ByteArrayOutputStream();
                in.transferTo(answer);
                return answer.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "no answer: " + e;
            }
        }
    }
}
