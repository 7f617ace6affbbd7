package io.cnmm.publishing;

import io.cnmm.CnmmConfig;
import io.cnmm.evaluation.ActiveRuleset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Compiled versions this replica keeps, most recently used last: the active one, the one before it
 * (so a rollback swaps at once), and versions replays asked for. A version not here is compiled
 * from its stored bundle; concurrent requests for it share one compilation.
 */
@ApplicationScoped
public class CompiledRulesets {

    @Inject
    CnmmConfig config;
    @Inject
    VersionRepository versions;
    @Inject
    ServerInstallation installation;
    @Inject
    io.cnmm.observability.RulesetMetrics metrics;

    private final Map<String, CompletableFuture<ActiveRuleset>> compiled = new LinkedHashMap<>(8, 0.75f, true);
    /**
     * Versions compiled ahead once, or that could not be: not compiled again at every poll, even after
     * the cache let them go (an activation still compiles one it does not keep).
     */
    private final java.util.Set<String> triedAhead = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Whether the version is compiled (or being compiled) here, without touching its place in the cache. */
    public boolean isKept(String digest) {
        synchronized (compiled) {
            return compiled.containsKey(digest);
        }
    }

    /**
     * Compiles a version ahead of its activation, so that following the activation costs no compile.
     *
     * @return whether it was compiled now (false: it was kept already, or failed before)
     */
    boolean prepare(String digest) {
        if (isKept(digest) || !triedAhead.add(digest)) {
            return false;
        }
        get(digest);
        return true;
    }

    /** The compiled version, compiling it from its stored bundle if it is not kept here. */
    public ActiveRuleset get(String digest) {
        CompletableFuture<ActiveRuleset> entry;
        boolean mine = false;
        synchronized (compiled) {
            entry = compiled.get(digest);
            if (entry == null) {
                entry = new CompletableFuture<>();
                compiled.put(digest, entry);
                mine = true;
            }
        }
        if (mine) {
            try {
                CheckedBundle checked = BundleCheck.check(RulesBundle.stored(versions.content(digest)), installation.get(),
                        false, "");
                metrics.compiled(checked.compileMillis());
                entry.complete(new ActiveRuleset(digest, checked.evaluator(), Instant.now(), checked.compileMillis()));
                evictBeyondCapacity();
            } catch (Throwable e) { // an Error too: left incomplete, the entry would hold every later request forever
                synchronized (compiled) {
                    compiled.remove(digest);
                }
                entry.completeExceptionally(e);
            }
        }
        try {
            return entry.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Keeps a version compiled elsewhere (at publication), so activating it needs no second compile. */
    void put(String digest, CheckedBundle checked) {
        metrics.compiled(checked.compileMillis());
        synchronized (compiled) {
            compiled.put(digest, CompletableFuture.completedFuture(
                    new ActiveRuleset(digest, checked.evaluator(), Instant.now(), checked.compileMillis())));
        }
        evictBeyondCapacity();
    }

    private void evictBeyondCapacity() {
        synchronized (compiled) {
            var oldest = compiled.keySet().iterator();
            while (compiled.size() > Math.max(1, config.rules().compiledCacheSize()) && oldest.hasNext()) {
                oldest.next();
                oldest.remove();
            }
        }
    }
}
