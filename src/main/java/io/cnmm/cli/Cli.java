package io.cnmm.cli;

import io.cnmm.authoring.RulesWorkspace;
import io.cnmm.evaluation.Evaluator;
import io.cnmm.problem.SourceProblem;
import io.cnmm.problem.SourceProblemsException;
import io.cnmm.scenario.ScenarioSuite;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cnmm}: the experts' command line. It reads a rules and a model-data folder the way the
 * service does, through {@link RulesWorkspace}, and needs neither Quarkus nor a database.
 */
@Command(name = "cnmm", sortOptions = false,
        description = "Check, test and try the CNMM rules and model data, without the service or a database.",
        subcommands = {ValidateCommand.class, TestCommand.class, EvaluateCommand.class, PublishCommand.class, VerifyCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:problems in the files, failed scenarios or invalid facts", "2:usage error"},
        footer = {"%nFolders default to ./rules and ./model-data. Guide: rules/README.md"})
public final class Cli {

    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;

    /** The first arguments that mean "run the command line" rather than "start the service". */
    private static final Set<String> COMMANDS = Set.of("validate", "test", "evaluate", "publish", "verify", "help", "--help", "-h");

    /**
     * Set by {@code bin/cnmm}: every run is a command-line run, so a mistyped command is answered
     * with a usage error instead of starting the service.
     */
    static final String ALWAYS = "cnmm.cli";

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private final Function<RulesWorkspace, Evaluator> compiler;

    /** @param compiler compiles a workspace; tests pass one that reuses an already compiled ruleset */
    public Cli(Function<RulesWorkspace, Evaluator> compiler) {
        this.compiler = compiler;
    }

    public static boolean handles(String... args) {
        return Boolean.getBoolean(ALWAYS) || args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs a command in this process, on the real standard streams; returns the exit code. */
    public static int run(String... args) {
        CliLogging.warningsToStderr();
        return commandLine(new Cli(RulesWorkspace::compile)).execute(args);
    }

    public static CommandLine commandLine(Cli cli) {
        return new CommandLine(cli);
    }

    /** The workspace compiled, or empty after printing every problem to {@code problems}. */
    Optional<Evaluator> compile(RulesWorkspace workspace, PrintWriter problems) {
        try {
            return Optional.of(compiler.apply(workspace));
        } catch (SourceProblemsException e) {
            print(e.problems(), problems);
            return Optional.empty();
        }
    }

    /** The workspace compiled and its scenarios loaded, or empty after printing every problem. */
    Optional<ScenarioSuite> suite(RulesWorkspace workspace, PrintWriter problems) {
        return compile(workspace, problems).flatMap(evaluator -> {
            try {
                return Optional.of(ScenarioSuite.of(workspace, evaluator));
            } catch (SourceProblemsException e) {
                print(e.problems(), problems);
                return Optional.empty();
            }
        });
    }

    static void print(List<SourceProblem> problems, PrintWriter out) {
        problems.forEach(out::println);
        out.println("FAILED: " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        out.flush();
    }
}
