package io.cnmm.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The embedded PostgreSQL could not start. The message is meant to be the only line an operator needs:
 * the data directory and PostgreSQL's own reason, read from its log, instead of the library's
 * "Gave up waiting for server to start" and a stack trace.
 */
public final class EmbeddedDatabaseException extends RuntimeException {

    /** Errors, and the LOG lines PostgreSQL writes just before a FATAL to say what was wrong. */
    private static final Pattern REASON = Pattern.compile(
            "\\b(FATAL|PANIC|ERROR|HINT|DETAIL):|\\bLOG:\\s+(invalid|unrecognized|could not|lock file)");
    private static final int MAX_REASON_LINES = 6;
    private static final int MAX_LOG_BYTES_READ = 64 * 1024;

    private EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }

    static EmbeddedDatabaseException failedStart(Path dataDirectory, Path log, long logOffset, Exception cause) {
        String reason = reasonIn(log, logOffset);
        return new EmbeddedDatabaseException("The embedded PostgreSQL in " + dataDirectory + " did not start: "
                + (reason.isEmpty() ? String.valueOf(cause.getMessage()) : reason)
                + " (PostgreSQL's log: " + log + "; to use another PostgreSQL set QUARKUS_DATASOURCE_JDBC_URL)", cause);
    }

    /** The FATAL/ERROR lines (and their hints) PostgreSQL wrote since this start began. */
    static String reasonIn(Path log, long offset) {
        List<String> reasons = linesSince(log, offset).stream()
                .filter(line -> REASON.matcher(line).find()).map(String::strip).toList();
        return String.join(" | ", reasons.subList(Math.max(0, reasons.size() - MAX_REASON_LINES), reasons.size()));
    }

    private static List<String> linesSince(Path log, long offset) {
        if (!Files.exists(log)) {
            return List.of();
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(offset, file.length() - MAX_LOG_BYTES_READ);
            byte[] tail = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(tail);
            return new String(tail, StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
