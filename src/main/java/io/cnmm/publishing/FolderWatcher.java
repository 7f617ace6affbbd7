package io.cnmm.publishing;

import io.cnmm.evaluation.EvaluationEngine;
import io.cnmm.problem.SourceProblemsException;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Development only: when a file under the rules or model-data folder is saved, recompiles in the
 * background and activates the result if it is valid. A broken save is logged with every problem
 * at its file:line and the previous ruleset stays active.
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

    private WatchService service;
    private Thread thread;

    void watch(Path... folders) {
        try {
            service = FileSystems.getDefault().newWatchService();
            for (Path folder : folders) {
                registerTree(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch the rules folders", e);
        }
        thread = new Thread(this::run, "cnmm-folder-watcher");
        thread.setDaemon(true);
        thread.start();
        LOG.info("Watching the rules and model-data folders: a saved file is compiled and activated");
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = service.take();
                // From the first event on, evaluations wait for the reload: the next one sees the save.
                CompletableFuture<Void> done = new CompletableFuture<>();
                engine.reloading(done);
                drain(key);
                for (WatchKey more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); more != null;
                     more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
                    drain(more);
                }
                reload(done);
            }
        } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void reload(CompletableFuture<Void> done) {
        try {
            var ruleset = publisher.reloadFromFolders();
            LOG.infof("Reloaded: version %s, compiled in %d ms", ruleset.version(), ruleset.compileMillis());
        } catch (SourceProblemsException e) {
            LOG.errorf("The saved files are not valid; still evaluating with %s:%n  %s", engine.loadedVersion(),
                    String.join("\n  ", e.problems().stream().map(Object::toString).toList()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Reload failed; still evaluating with %s", engine.loadedVersion());
        } finally {
            done.complete(null);
        }
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
