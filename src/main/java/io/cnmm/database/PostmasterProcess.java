package io.cnmm.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What {@code /proc} tells about a process: whether it is a PostgreSQL server, and of which data directory. */
final class PostmasterProcess {

    private PostmasterProcess() {
    }

    /** What a live process is, as far as a data directory's lock file is concerned. */
    enum Kind {
        /** A {@code postgres} server with {@code -D} this very directory. */
        SERVER_OF_DIRECTORY,
        /** Anything else: the pid in the lock file has been reused. */
        OTHER,
        /** Its command line cannot be read (no {@code /proc}, or hidden): nothing may be assumed. */
        UNKNOWN
    }

    static Kind of(long pid, Path dataDirectory) {
        Optional<List<String>> read = commandLine(pid);
        if (read.isEmpty()) {
            return Kind.UNKNOWN;
        }
        List<String> arguments = read.get();
        if (arguments.isEmpty() || !Path.of(arguments.get(0)).getFileName().toString().equals("postgres")) {
            return Kind.OTHER;
        }
        int option = arguments.indexOf("-D");
        return option >= 0 && option + 1 < arguments.size()
                && sameDirectory(Path.of(arguments.get(option + 1)), dataDirectory) ? Kind.SERVER_OF_DIRECTORY : Kind.OTHER;
    }

    /** True if process {@code pid} runs a {@code postgres} binary with {@code -D dataDirectory}. */
    static boolean servesDirectory(long pid, Path dataDirectory) {
        return of(pid, dataDirectory) == Kind.SERVER_OF_DIRECTORY;
    }

    private static Optional<List<String>> commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            return Optional.of(Arrays.stream(new String(raw, StandardCharsets.UTF_8).split("\0"))
                    .filter(s -> !s.isEmpty()).toList());
        } catch (IOException e) {
            return Optional.empty(); // not Linux, hidden by hidepid, or the process has just ended
        }
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
