package io.cnmm.evaluation;

import io.cnmm.model.MaturityModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Holds the ruleset this replica evaluates with and swaps it atomically. An evaluation reads
 * {@link #current()} once and keeps that ruleset to the end, so one activated meanwhile never
 * changes a running evaluation: it finishes on the old rule base, the next one starts on the new.
 *
 * <p>Which version is active, and when to swap, is decided by {@code io.cnmm.publishing}.
 */
@ApplicationScoped
public class EvaluationEngine {

    private static final Logger LOG = Logger.getLogger(EvaluationEngine.class);

    private final AtomicReference<ActiveRuleset> active = new AtomicReference<>();
    @jakarta.inject.Inject
    io.cnmm.observability.RulesetMetrics metrics;
    private volatile Runnable freshnessCheck = () -> { };

    /**
     * The active ruleset. In development, first makes sure it reflects the folders as saved now,
     * so the evaluation after a save always uses the saved file.
     */
    public ActiveRuleset current() {
        freshnessCheck.run();
        ActiveRuleset ruleset = active.get();
        if (ruleset == null) {
            throw new IllegalStateException("no ruleset is loaded yet");
        }
        return ruleset;
    }

    public Evaluator evaluator() {
        return current().evaluator();
    }

    public MaturityModel model() {
        return evaluator().model();
    }

    /** Makes {@code next} the ruleset of every evaluation that starts from now on. */
    public void swap(ActiveRuleset next) {
        ActiveRuleset previous = active.getAndSet(next);
        metrics.loaded(next.version());
        if (previous == null || !previous.version().equals(next.version())) {
            LOG.infof("Evaluating with ruleset version %s: model %s, %d rules%s", next.version(),
                    next.evaluator().model().version(), next.evaluator().ruleset().ruleCount(),
                    next.compileMillis() > 0 ? ", compiled in " + next.compileMillis() + " ms" : "");
        }
    }

    /** The version loaded here, or {@code null} before the first load. */
    public String loadedVersion() {
        ActiveRuleset ruleset = active.get();
        return ruleset == null ? null : ruleset.version();
    }

    /** Development only: runs before every evaluation reads the active ruleset. */
    public void checkFreshnessWith(Runnable check) {
        this.freshnessCheck = check;
    }
}
