package io.cnmm.testsupport;

import io.cnmm.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One run of the command line in this JVM, with its exit code and what it printed, compiling
 * through {@link SharedCompiler} so the tests compile the shipped rules once between them.
 */
public record CommandRun(int exitCode, String out, String err) {

    public static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = Cli.commandLine(new Cli(new SharedCompiler()))
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        int exitCode = command.execute(args);
        return new CommandRun(exitCode, out.toString(), err.toString());
    }

    /** The arguments that point a command at a workspace copy. */
    public static String[] at(Workspace workspace, String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--rules";
        all[args.length + 1] = workspace.rules().toString();
        all[args.length + 2] = "--model-data";
        all[args.length + 3] = workspace.modelData().toString();
        return all;
    }
}
