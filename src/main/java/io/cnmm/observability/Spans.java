package io.cnmm.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * Child spans of the current one (the HTTP request's) for the steps of a piece of work, so a trace
 * shows where a slow submission spent its time. With tracing off (the default) the tracer is
 * OpenTelemetry's no-op one and a step costs next to nothing.
 */
@ApplicationScoped
public class Spans {

    @Inject
    Tracer tracer;

    /** Runs {@code step} in a span named {@code name}; an exception marks the span as failed and passes on. */
    public <T> T in(String name, Supplier<T> step) {
        Span span = tracer.spanBuilder(name).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return step.get();
        } catch (RuntimeException | Error e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName()); // the class only: messages may quote input
            throw e;
        } finally {
            span.end();
        }
    }

    public void in(String name, Runnable step) {
        in(name, () -> {
            step.run();
            return null;
        });
    }
}
