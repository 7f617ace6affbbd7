package io.cnmm.observability;

import io.cnmm.evaluation.AggregateResult;
import io.cnmm.evaluation.EvaluationResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code cnmm.evaluations}: how long evaluations take, tagged by the parts they could assess
 * ({@code parts="TAS"}, {@code "T"}, {@code "none"}), because a submission of one part costs far
 * less than one of all three. Part ids come from the model, so the tag has a handful of values.
 */
@ApplicationScoped
public class EvaluationMetrics {

    /** Fixed buckets rather than a percentile histogram: a dozen series per tag value, not seventy. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5),
            Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(5), Duration.ofSeconds(10)};

    @Inject
    MeterRegistry registry;

    /** Runs one evaluation and records its duration; a refused or stopped evaluation is not recorded. */
    public EvaluationResult timed(Supplier<EvaluationResult> evaluation) {
        long started = System.nanoTime();
        EvaluationResult result = evaluation.get();
        timer(partsOf(result)).record(Duration.ofNanos(System.nanoTime() - started));
        return result;
    }

    private Timer timer(String parts) {
        return Timer.builder("cnmm.evaluations")
                .description("Evaluations of submitted or stored facts, by the parts they could assess")
                .tag("parts", parts)
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }

    static String partsOf(EvaluationResult result) {
        String parts = result.parts().stream().filter(p -> p.level() != null).map(AggregateResult::id)
                .filter(Objects::nonNull).sorted().collect(Collectors.joining());
        return parts.isEmpty() ? "none" : parts;
    }
}
