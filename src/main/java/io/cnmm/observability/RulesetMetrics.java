package io.cnmm.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * {@code cnmm.ruleset.compile} (how long compiling a version took here) and
 * {@code cnmm.ruleset.loaded} (1, tagged with the version this replica evaluates with), so a
 * dashboard shows which replicas are still on an old version after an activation.
 */
@ApplicationScoped
public class RulesetMetrics {

    @Inject
    MeterRegistry registry;

    private Gauge loaded;

    public void compiled(long millis) {
        Timer.builder("cnmm.ruleset.compile")
                .description("Compilations of a ruleset version that this replica keeps")
                .register(registry)
                .record(Duration.ofMillis(millis));
    }

    /** Replaces the gauge of the previous version: only the version loaded now is reported. */
    public synchronized void loaded(String version) {
        if (loaded != null) {
            if (version.equals(loaded.getId().getTag("version"))) {
                return;
            }
            registry.remove(loaded);
        }
        loaded = Gauge.builder("cnmm.ruleset.loaded", () -> 1)
                .description("The ruleset version this replica evaluates with (value 1, version in the tag)")
                .tag("version", version)
                .strongReference(true)
                .register(registry);
    }
}
