package io.cnmm.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnmm.testsupport.Api;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/**
 * With tracing switched on, a submission is one trace: the HTTP request's span and, under it, the
 * parsing, evaluation, storing and sealing. Its log lines carry the trace id and the signed-in
 * user, and never a fact value or a password.
 */
@QuarkusTest
@TestProfile(TracesAndLogContextTest.TracingOn.class)
class TracesAndLogContextTest {

    /** Tracing on, spans kept in memory; the submission's own debug line logged. */
    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false",
                    "quarkus.otel.traces.exporter", "in-memory",
                    "quarkus.otel.bsp.schedule.delay", "0.1s",
                    "quarkus.log.category.\"io.cnmm.assessment.AssessmentService\".level", "DEBUG");
        }
    }

    /** A containerisation share no other test submits, so finding it in a log line means the facts were logged. */
    private static final String FACT_VALUE = "37.421"; // a percent takes at most 3 decimals
    private static final String STEPS_PREFIX = "assessment.";

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aSubmissionIsOneTraceWithASpanPerStepAndItsLogLinesNameTraceAndUser() throws InterruptedException {
        Api.User assessor = Api.createUser("traced", "assessor");
        String enterprise = Api.createEnterprise("Traced Co");
        assessor.assigned(enterprise);
        spans.reset();
        List<ExtLogRecord> logged = new CopyOnWriteArrayList<>();

        String id = whileCapturing(logged, () -> assessor.given().contentType("application/json")
                .body("{\"facts\": {\"containerized_pct\": " + FACT_VALUE + ", \"base_image_catalog\": true}}")
                .post("/api/enterprises/" + enterprise + "/assessments").then().statusCode(201).extract().path("id"));

        SpanData request = awaitServerSpan("/api/enterprises/{enterpriseId}/assessments");
        List<SpanData> trace = spans.getFinishedSpanItems().stream()
                .filter(s -> s.getTraceId().equals(request.getTraceId())).toList();
        for (String step : List.of("parse", "evaluate", "store", "seal")) {
            SpanData span = named(trace, STEPS_PREFIX + step).orElseThrow(() -> new AssertionError("no span for " + step
                    + " in " + trace.stream().map(SpanData::getName).toList()));
            assertTrue(isUnder(span, request, trace), step + " is part of the request's span");
        }

        ExtLogRecord stored = logged.stream().filter(r -> r.getFormattedMessage().startsWith("Stored assessment " + id))
                .findFirst().orElseThrow(() -> new AssertionError("the submission's debug line was not logged"));
        assertEquals(assessor.name(), stored.getMdc("user"));
        assertEquals(request.getTraceId(), stored.getMdc("traceId"));
        for (ExtLogRecord record : logged) {
            String line = record.getFormattedMessage() + " " + record.getMdcCopy();
            assertFalse(line.contains(FACT_VALUE), "a fact value was logged: " + line);
            assertFalse(line.contains(assessor.password()), "a password was logged: " + line);
        }
    }

    @Test
    void aRefusedSignInLeavesNoUserInTheLogContextAndIsStillAProblem() {
        List<ExtLogRecord> logged = new CopyOnWriteArrayList<>();
        whileCapturing(logged, () -> Api.as(Api.ADMIN, "wrong-" + FACT_VALUE).get("/api/enterprises")
                .then().statusCode(401).contentType("application/problem+json"));
        assertTrue(logged.stream().noneMatch(r -> Api.ADMIN.equals(r.getMdc("user"))));
        assertTrue(logged.stream().noneMatch(r -> (r.getFormattedMessage() + r.getMdcCopy()).contains("wrong-" + FACT_VALUE)));
    }

    /** The server span ends after its answer is written, so it may reach the exporter a little after the client has the answer. */
    private SpanData awaitServerSpan(String route) throws InterruptedException {
        for (int attempt = 0; attempt < 1_200; attempt++) { // a generous bound for a loaded machine, never a failure by clock
            Optional<SpanData> found = spans.getFinishedSpanItems().stream()
                    .filter(s -> s.getKind() == SpanKind.SERVER && s.getName().contains(route)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no server span for " + route + " in " + spans.getFinishedSpanItems().stream()
                .map(SpanData::getName).toList());
    }

    private static Optional<SpanData> named(List<SpanData> trace, String name) {
        return trace.stream().filter(s -> s.getName().equals(name)).findFirst();
    }

    private static boolean isUnder(SpanData span, SpanData ancestor, List<SpanData> trace) {
        for (SpanData at = span; at != null; ) {
            if (at.getSpanId().equals(ancestor.getSpanId())) {
                return true;
            }
            String parent = at.getParentSpanId();
            at = trace.stream().filter(s -> s.getSpanId().equals(parent)).findFirst().orElse(null);
        }
        return false;
    }

    private static <T> T whileCapturing(List<ExtLogRecord> into, java.util.function.Supplier<T> action) {
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext) {
                    ext.copyMdc(); // the context of the thread that logged, kept before it changes
                    into.add(ext);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            return action.get();
        } finally {
            root.removeHandler(handler);
        }
    }

    private static void whileCapturing(List<ExtLogRecord> into, Runnable action) {
        whileCapturing(into, () -> {
            action.run();
            return null;
        });
    }
}
