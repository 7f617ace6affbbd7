package io.cnmm.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL server left running on our data directory by a process that was killed ({@code kill -9},
 * an out-of-memory kill): the embedded server is a daemon, so it outlives the JVM and keeps
 * {@code postmaster.pid}, and the next start would fail on that lock. It is stopped with a fast shutdown
 * (committed data is kept), but only after checking that the process named in {@code postmaster.pid}
 * really is a PostgreSQL server of this data directory: a pid can be reused by an unrelated process.
 */
final class OrphanPostmaster {

    private static final Logger LOG = Logger.getLogger(OrphanPostmaster.class);
    private static final long STOP_WAIT_SECONDS = 60;

    private final ProcessHandle process;
    private final Path dataDirectory;

    private OrphanPostmaster(ProcessHandle process, Path dataDirectory) {
        this.process = process;
        this.dataDirectory = dataDirectory;
    }

    /** The server still running on {@code dataDirectory}, if any; a stale lock file naming another process is removed. */
    static Optional<OrphanPostmaster> of(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        Optional<Long> pid = pidIn(pidFile);
        Optional<ProcessHandle> running = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (running.isEmpty()) {
            return Optional.empty(); // no lock, or its process is gone: PostgreSQL itself handles that
        }
        switch (PostmasterProcess.of(running.get().pid(), dataDirectory)) {
            case SERVER_OF_DIRECTORY:
                return Optional.of(new OrphanPostmaster(running.get(), dataDirectory));
            case UNKNOWN: // removing the lock of a live server would let two servers write one directory
                throw new IllegalStateException(pidFile + " names process " + pid.get() + ", which is running and"
                        + " could not be identified: if it is PostgreSQL on this directory stop it, otherwise delete "
                        + pidFile + "; then start again");
            case OTHER:
            default:
                break;
        }
        LOG.warnf("%s names process %d, which is not a PostgreSQL server of this directory: removing the stale lock",
                pidFile, pid.get());
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new IllegalStateException("cannot remove the stale " + pidFile, e);
        }
        return Optional.empty();
    }

    long pid() {
        return process.pid();
    }

    /** Asks the server for a fast shutdown (SIGINT) and waits until it has exited. */
    void stop() {
        LOG.warnf("A PostgreSQL server (pid %d) left running on %s by a process that ended without stopping it:"
                + " stopping it before starting again", process.pid(), dataDirectory);
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
            process.onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping PostgreSQL (pid " + process.pid() + ")", e);
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL (pid " + process.pid() + ") on " + dataDirectory
                    + " did not stop within " + STOP_WAIT_SECONDS + " s; stop it, then start again", e);
        }
    }

    private static Optional<Long> pidIn(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
