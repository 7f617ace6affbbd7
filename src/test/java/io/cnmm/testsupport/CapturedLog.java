package io.cnmm.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/** What the service logs while an action runs, for tests of what must never be logged. */
public final class CapturedLog {

    /** Stands before each cause's message in a line: a record logged with an exception, and so a stack trace. */
    private static final String CAUSE = " | ";

    private CapturedLog() {
    }

    /** Whether a captured line's record carried an exception, which the console prints as a stack trace. */
    public static boolean withStackTrace(String line) {
        return line.contains(CAUSE);
    }

    /** Each record as one line: level, logger, the formatted message and the messages of its causes. */
    public static List<String> during(Runnable action) {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                StringBuilder line = new StringBuilder(record.getLevel() + " " + record.getLoggerName() + " "
                        + (record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage()));
                for (Throwable cause = record.getThrown(); cause != null; cause = cause.getCause()) {
                    line.append(CAUSE).append(cause.getMessage());
                }
                lines.add(line.toString());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            action.run();
        } finally {
            root.removeHandler(handler);
        }
        return List.copyOf(lines);
    }
}
