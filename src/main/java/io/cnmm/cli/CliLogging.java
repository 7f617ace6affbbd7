package io.cnmm.cli;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * Logging for a command-line run, set before anything logs. Quarkus is not started, so its
 * logging configuration never applies: in the packaged jar the log manager would hold every
 * record until exit and then dump them all. Instead only warnings and errors are written, to
 * stderr, so stdout carries the result alone and can be piped or parsed.
 */
final class CliLogging {

    /** Drools logs a failed build as an ERROR; the command prints every problem itself, at its line. */
    private static final String KIE_PROJECT = "org.drools.compiler.kie.builder.impl.KieProject";

    // Held so the levels set here are not lost when a logger is otherwise unreferenced.
    private static final Logger[] CONFIGURED = new Logger[2];

    private CliLogging() {
    }

    static void warningsToStderr() {
        Logger root = LogContext.getLogContext().getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        ConsoleHandler stderr = new ConsoleHandler(ConsoleHandler.Target.SYSTEM_ERR, new PatternFormatter("%-5p [%c{3.}] %s%e%n"));
        stderr.setLevel(Level.WARNING);
        root.addHandler(stderr);
        root.setLevel(Level.WARNING);
        Logger kieProject = LogContext.getLogContext().getLogger(KIE_PROJECT);
        kieProject.setLevel(Level.OFF);
        CONFIGURED[0] = root;
        CONFIGURED[1] = kieProject;
    }
}
