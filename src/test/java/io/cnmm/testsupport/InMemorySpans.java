package io.cnmm.testsupport;

import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import io.opentelemetry.sdk.autoconfigure.spi.traces.ConfigurableSpanExporterProvider;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Spans kept in memory for tests: the exporter named {@code in-memory}
 * ({@code quarkus.otel.traces.exporter=in-memory}), found by OpenTelemetry through the service
 * loader and shared with the test as a CDI bean.
 */
public class InMemorySpans implements ConfigurableSpanExporterProvider {

    @Override
    public SpanExporter createExporter(ConfigProperties config) {
        return jakarta.enterprise.inject.spi.CDI.current().select(InMemorySpanExporter.class).get();
    }

    @Override
    public String getName() {
        return "in-memory";
    }

    @ApplicationScoped
    public static class Producer {

        @Produces
        @Singleton
        InMemorySpanExporter exporter() {
            return InMemorySpanExporter.create();
        }
    }
}
