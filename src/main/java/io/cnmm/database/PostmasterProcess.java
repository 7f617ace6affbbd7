package io.cnmm.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** What {@code /proc} tells about a process: whether it is a PostgreSQL server, and of which data directory. */
final class PostmasterProcess {

    private PostmasterProcess() {
    }

    /** True if process {@code pid} runs a {@code postgres} binary with {@code -D dataDirectory}. */
    static boolean servesDirectory(long pid, Path dataDirectory) {
        List<String> arguments = commandLine(pid);
        if (arguments.isEmpty() || !Path.of(arguments.get(0)).getFileName().toString().equals("postgres")) {
            return false;
        }
        int option = arguments.indexOf("-D");
        return option >= 0 && option + 1 < arguments.size()
                && sameDirectory(Path.of(arguments.get(option + 1)), dataDirectory);
    }

    private static List<String> commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            return Arrays.stream(new String(raw, StandardCharsets.UTF_8).split("\0")).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            return List.of(); // not Linux, or the process has just ended
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
