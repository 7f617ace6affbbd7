package io.cnmm.publishing;

import io.cnmm.CnmmConfig;
import io.cnmm.audit.AuditAction;
import io.cnmm.evaluation.ActiveRuleset;
import io.cnmm.evaluation.EvaluationEngine;
import io.cnmm.evaluation.Evaluator;
import io.cnmm.problem.NotFoundProblem;
import io.cnmm.problem.FieldError;
import io.cnmm.problem.RequestProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.cnmm.scenario.ScenarioReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Publishes, activates and rolls back ruleset versions. Every expensive step (validation,
 * compilation, scenarios) happens before the database is touched and while evaluations carry on
 * with the active ruleset; the switch itself is one row in PostgreSQL and one reference swap here.
 * A version that fails validation is never stored, so it can never become active.
 */
@ApplicationScoped
public class RulesetPublisher {

    private static final Logger LOG = Logger.getLogger(RulesetPublisher.class);

    @Inject
    CnmmConfig config;
    @Inject
    VersionStore store;
    @Inject
    VersionRepository versions;
    @Inject
    CompiledRulesets compiled;
    @Inject
    EvaluationEngine engine;
    @Inject
    io.cnmm.audit.Caller caller;
    @Inject
    ServerInstallation installation;
    @Inject
    UploadAudit audit;
    @Inject
    UploadGate gate;

    /**
     * Validates an uploaded bundle, runs its scenarios, and stores it; publishing the same content
     * twice stores it once. It is checked with this server's aggregation rules and schemas; a
     * refusal is recorded in the audit log.
     */
    public VersionStore.Stored publish(byte[] zip, String claimedAuthor, String message) {
        RulesBundle admitted = admit(zip, AuditAction.RULESET_PUBLISH_REFUSED);
        return audit.publication(admitted.digest(), () -> gate.oneAtATime(() ->
                publish(admitted, installation.get(), claimedAuthor, message)));
    }

    /**
     * An upload read and admitted as the server checks it ({@link BundleCheck#admit}), so that it is
     * named by the version it would become; a refusal on the way is recorded.
     */
    private RulesBundle admit(byte[] zip, AuditAction refused) {
        RulesBundle upload = audit.read(zip, refused);
        return audit.recordingRefusal(refused, upload.digest(), () -> BundleCheck.admit(upload, installation.get()));
    }

    private VersionStore.Stored publish(RulesBundle bundle, io.cnmm.authoring.Installation with, String claimedAuthor,
                                        String message) {
        String author = caller.who(claimedAuthor); // the signed-in user; a claimed name counts only offline
        requireText("author", author);
        requireText("message", message);
        RulesetVersion existing = QuarkusTransaction.requiringNew()
                .call(() -> versions.findById(bundle.digest()));
        if (existing != null) {
            return new VersionStore.Stored(existing, false); // same content, same version: nothing to check again
        }
        CheckedBundle checked = BundleCheck.check(bundle, with, true, null);
        compiled.put(bundle.digest(), checked);
        VersionStore.Stored stored = store.save(checked, author.strip(), message.strip());
        LOG.infof("Ruleset version %s %s by %s: %s", bundle.digest(), stored.created() ? "published" : "already published",
                author, checked.scenarios());
        return stored;
    }

    /** A published version's scenarios, run against it as it is compiled here. Recorded in the audit log. */
    public ScenarioReport runScenarios(String ref) {
        String digest = versions.resolve(ref).digest;
        return audit.scenarioRun(digest, () -> BundleCheck.runScenarios(RulesBundle.stored(versions.content(digest)),
                installation.get(), compiled.get(digest).evaluator()));
    }

    /**
     * An unpublished bundle's scenarios: what publishing it would run, without storing anything but
     * the audit record of the run (who, which bundle, what came of it).
     */
    public ScenarioReport runScenarios(byte[] zip) {
        RulesBundle admitted = admit(zip, AuditAction.RULESET_SCENARIOS_REFUSED);
        return audit.scenarioRun(admitted.digest(), () -> gate.oneAtATime(() ->
                BundleCheck.runScenarios(admitted, installation.get(), null)));
    }

    /** The server's own folders, published as they are now: they are the installation, aggregation rules and all. */
    public VersionStore.Stored publishFolders(String author, String message) {
        return gate.oneAtATime(() -> publish(RulesBundle.fromFolders(config.rulesDir(), config.modelDataDir()),
                installation.ofFolders(), author, message));
    }

    /** Makes a published version active here at once, and on other replicas when they next poll. */
    public Activated activate(String ref, String claimedBy, RulesetActivation.Kind kind) {
        String by = caller.who(claimedBy);
        requireText("author", by);
        RulesetVersion version = versions.resolve(ref);
        String previous = engine.loadedVersion();
        long started = System.nanoTime();
        ActiveRuleset ruleset = compiled.get(version.digest); // outside any transaction: may take seconds
        long readyMillis = (System.nanoTime() - started) / 1_000_000;
        synchronized (this) { // the row and the swap in one order, so this replica ends on the newest activation
            RulesetActivation activation = store.activate(version.digest, by.strip(), kind);
            engine.swap(ruleset);
            return new Activated(activation, previous, readyMillis);
        }
    }

    /** Activates the version that was active before the current one. */
    public Activated rollback(String by) {
        List<RulesetActivation> history = store.history(1_000);
        if (history.isEmpty()) {
            throw new NotFoundProblem("ruleset activation", "(none yet)");
        }
        String current = history.get(0).digest;
        String before = history.stream().map(a -> a.digest).filter(d -> !d.equals(current)).findFirst()
                .orElseThrow(() -> new RequestProblem("there is no earlier version to roll back to",
                        List.of(new FieldError("version", "only " + current + " was ever active"))));
        return activate(before, by, RulesetActivation.Kind.rollback);
    }

    /**
     * Start: the active published version, compiled; on an empty database, the folders become the
     * first version. In development ({@code cnmm.rules.follow-folder}), the folders always win.
     */
    void loadAtStart() {
        installation.get(); // from now on this installation's aggregation rules are trusted, also after an upgrade
        if (config.rules().followFolder()) {
            reloadFromFolders();
            return;
        }
        RulesetActivation active = store.currentActivation().orElseGet(() -> {
            CheckedBundle checked = BundleCheck.check(RulesBundle.fromFolders(config.rulesDir(), config.modelDataDir()),
                    installation.ofFolders(), false, "not run: first start on an empty database");
            compiled.put(checked.bundle().digest(), checked);
            return store.activateIfNone(checked, "cnmm (first start)", "the rules and model-data folders at first start");
        });
        engine.swap(compiled.get(active.digest));
    }

    /** The folders' scenarios, run on the ruleset just compiled from them (development mode). */
    ScenarioReport runFolderScenarios(Evaluator evaluator) {
        return BundleCheck.runScenarios(RulesBundle.fromFolders(config.rulesDir(), config.modelDataDir()),
                installation.ofFolders(), evaluator);
    }

    /** Publishes and activates whatever the folders hold now, unless they hold the active version already. */
    ActiveRuleset reloadFromFolders() {
        RulesBundle bundle = RulesBundle.fromFolders(config.rulesDir(), config.modelDataDir());
        if (bundle.digest().equals(engine.loadedVersion())) {
            return engine.current();
        }
        boolean published = QuarkusTransaction.requiringNew()
                .call(() -> versions.findById(bundle.digest()) != null);
        if (!published) { // an undo back to an earlier save is that version again, usually still compiled
            CheckedBundle checked = BundleCheck.check(bundle, installation.ofFolders(), false, "not run: development reload");
            compiled.put(bundle.digest(), checked);
            store.save(checked, "cnmm (development)", "the rules and model-data folders as saved at " + Instant.now());
        }
        ActiveRuleset ruleset = compiled.get(bundle.digest());
        synchronized (this) {
            store.activate(bundle.digest(), "cnmm (development)", RulesetActivation.Kind.folder);
            engine.swap(ruleset);
        }
        return ruleset;
    }

    /** Follows activations made on other replicas: compiles the newly active version, then swaps. */
    synchronized void followActivations() {
        store.currentActivation().filter(a -> !a.digest.equals(engine.loadedVersion())).ifPresent(activation -> {
            LOG.infof("Version %s was activated by %s; loading it", activation.digest, activation.activatedBy);
            engine.swap(compiled.get(activation.digest));
        });
    }

    /**
     * Compiles the version published last, on any replica, if nothing has been activated since: the
     * next activation most likely loads it, and then finds it compiled. Not synchronized: a compile
     * here must not hold up publications and activations on this replica.
     */
    void prepareCandidate() {
        store.candidateForActivation().filter(digest -> !digest.equals(engine.loadedVersion())).ifPresent(digest -> {
            long started = System.nanoTime();
            if (compiled.prepare(digest)) {
                LOG.infof("Version %s, published and not yet activated, compiled ahead in %d ms", digest,
                        (System.nanoTime() - started) / 1_000_000);
            }
        });
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new RequestProblem(field + " is required", List.of(new FieldError(field, "must not be blank")));
        }
    }

    /**
     * @param previous   the version this replica evaluated with before
     * @param readyMillis time to have the version compiled here (near 0 when it was kept compiled)
     */
    public record Activated(RulesetActivation activation, String previous, long readyMillis) {
    }
}
