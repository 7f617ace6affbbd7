package io.cnmm.publishing;

import io.cnmm.CnmmConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Loads the active ruleset before the service takes requests, then keeps this replica on the
 * version activated anywhere: other replicas activate by writing a row, this one polls for it.
 * In development it also watches the folders, so a saved file is the next evaluation's ruleset.
 */
@ApplicationScoped
public class RulesetLifecycle {

    private static final Logger LOG = Logger.getLogger(RulesetLifecycle.class);
    /** The scheduled poll's name, by which it can be paused (a test that plays another replica does). */
    public static final String FOLLOW_ACTIVATIONS = "follow-ruleset-activations";
    /** Start-up observers that evaluate (the example seeder) run at this priority, after the ruleset is loaded. */
    public static final int AFTER_RULESET = jakarta.interceptor.Interceptor.Priority.APPLICATION + 100;

    @Inject
    CnmmConfig config;
    @Inject
    RulesetPublisher publisher;
    @Inject
    FolderWatcher watcher;

    void onStart(@Observes @jakarta.annotation.Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION) StartupEvent event) {
        long started = System.nanoTime();
        publisher.loadAtStart();
        LOG.infof("Ruleset ready in %d ms", (System.nanoTime() - started) / 1_000_000);
        if (config.rules().followFolder()) {
            watcher.watch(config.rulesDir(), config.modelDataDir());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        watcher.close();
    }

    /**
     * Follows an activation made anywhere, then compiles ahead a version published anywhere and not yet
     * activated, so that its activation, when it comes, is followed at the next poll without a compile.
     * A failed poll (database briefly away) leaves the loaded version in place and tries again.
     */
    @Scheduled(identity = FOLLOW_ACTIVATIONS, every = "${cnmm.rules.poll-interval}",
            delayed = "${cnmm.rules.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void followActivations() {
        try {
            publisher.followActivations();
        } catch (RuntimeException e) {
            LOG.warnf("Could not follow ruleset activations, keeping the loaded version: %s", e.getMessage());
            return;
        }
        try {
            publisher.prepareCandidate();
        } catch (RuntimeException e) {
            LOG.warnf("Could not compile the version published last ahead of its activation: %s", e.getMessage());
        }
    }
}
