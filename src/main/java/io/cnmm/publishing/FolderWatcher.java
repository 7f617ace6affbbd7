package io.cnmm.publishing;

import io.cnmm.evaluation.ActiveRuleset;
import io.cnmm.evaluation.EvaluationEngine;
import io.cnmm.problem.SourceProblemsException;
import io.cnmm.scenario.ScenarioReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Development only: keeps the active ruleset equal to the folders as saved. A file-system watch
 * compiles in the background right after a save; and before each evaluation a cheap look at the
 * files' sizes and times catches a save the watch has not delivered yet, so the evaluation after a
 * save always uses it. A broken save is logged with every problem at its file:line, once, and the
 * previous ruleset stays active; a save that compiles is activated and its scenarios run. Both
 * outcomes are also kept ({@link DevelopmentSaves}) for the readiness check and the rulesets API.
 */
@ApplicationScoped
public class FolderWatcher {

    private static final Logger LOG = Logger.getLogger(FolderWatcher.class);
    /** Editors write a file in several steps; wait for the burst to end before compiling. */
    private static final long QUIET_MILLIS = 150;

    @Inject
    RulesetPublisher publisher;
    @Inject
    EvaluationEngine engine;
    @Inject
    DevelopmentSaves saves;

    private List<Path> folders;
    private WatchService service;
    private Thread thread;
    /** The folders' state when they were last compiled, whether that succeeded or not. */
    private String compiledState;

    void watch(Path... watched) {
        folders = List.of(watched);
        compiledState = state();
        try {
            service = FileSystems.getDefault().newWatchService();
            folders.forEach(this::registerTree);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch the rules folders", e);
        }
        engine.checkFreshnessWith(this::reloadIfChanged);
        thread = new Thread(this::run, "cnmm-folder-watcher");
        thread.setDaemon(true);
        thread.start();
        LOG.info("Watching the rules and model-data folders: a saved file is compiled and activated");
    }

    /** Compiles and activates the folders if they changed since they were last compiled. */
    synchronized void reloadIfChanged() {
        String now = state();
        if (now.equals(compiledState)) {
            return;
        }
        compiledState = now;
        ActiveRuleset ruleset;
        try {
            ruleset = publisher.reloadFromFolders();
            LOG.infof("Reloaded: version %s, compiled in %d ms", ruleset.version(), ruleset.compileMillis());
        } catch (SourceProblemsException e) {
            List<String> problems = e.problems().stream().map(Object::toString).toList();
            saves.record(new DevelopmentSave(Instant.now(), DevelopmentSave.REJECTED, null, problems));
            LOG.errorf("The saved files are not valid; still evaluating with %s:%n  %s", engine.loadedVersion(),
                    String.join("\n  ", problems));
            return;
        } catch (RuntimeException e) {
            saves.record(new DevelopmentSave(Instant.now(), DevelopmentSave.REJECTED, null, List.of(e.toString())));
            LOG.errorf(e, "Reload failed; still evaluating with %s", engine.loadedVersion());
            return;
        }
        checkScenarios(ruleset);
    }

    /** In development the folders win even when scenarios fail; the failures are shown, not hidden in the log. */
    private void checkScenarios(ActiveRuleset ruleset) {
        List<String> problems;
        try {
            ScenarioReport report = publisher.runFolderScenarios(ruleset.evaluator());
            problems = report.failures().stream().map(o -> RulesBundle.RULES + o.file() + ": scenario \"" + o.name()
                    + "\" failed: " + o.failure()).toList();
        } catch (SourceProblemsException e) {
            problems = e.problems().stream().map(Object::toString).toList();
        } catch (RuntimeException e) { // an evaluation limit, an unreadable file: shown, and the watcher lives on
            problems = List.of("the scenarios could not run: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
        }
        saves.record(new DevelopmentSave(Instant.now(), problems.isEmpty() ? DevelopmentSave.ACTIVATED
                : DevelopmentSave.FAILING_SCENARIOS, ruleset.version(), problems));
        if (!problems.isEmpty()) {
            LOG.warnf("Activated %s, but its scenarios fail:%n  %s", ruleset.version(), String.join("\n  ", problems));
        }
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                drain(service.take());
                for (WatchKey more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); more != null;
                     more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
                    drain(more);
                }
                reloadIfChanged();
            }
        } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Path, size and modification time of every file: a few hundred stat calls, well under a millisecond or two. */
    private String state() {
        StringBuilder state = new StringBuilder();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(Files::isRegularFile).sorted().forEach(file -> {
                    try {
                        state.append(file).append(Files.size(file)).append(Files.getLastModifiedTime(file)).append('\n');
                    } catch (IOException e) {
                        state.append(file).append("?\n"); // deleted while we looked: the next look settles it
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                state.append(folder).append(" unreadable\n");
            }
        }
        return state.toString();
    }

    /** New folders must be watched too: an expert may add a domain folder while the service runs. */
    private void drain(WatchKey key) {
        for (var event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && key.watchable() instanceof Path dir
                    && Files.isDirectory(dir.resolve((Path) event.context()))) {
                registerTree(dir.resolve((Path) event.context()));
            }
        }
        key.reset();
    }

    private void registerTree(Path root) {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void close() {
        if (thread != null) {
            thread.interrupt();
        }
        try {
            if (service != null) {
                service.close();
            }
        } catch (IOException e) {
            LOG.debug("closing the folder watcher", e);
        }
    }
}
