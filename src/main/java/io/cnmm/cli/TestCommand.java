package io.cnmm.cli;

import io.cnmm.scenario.ScenarioReport;
import io.cnmm.scenario.ScenarioReportText;
import io.cnmm.scenario.ScenarioSuite;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cnmm test}: every scenario, exactly as {@code ./mvnw verify} runs them. */
@Command(name = "test", sortOptions = false,
        description = {"Validate, then run the scenarios beside the rules.",
                "Prints one FAIL line per failed scenario with its rule trace indented, then a summary line."})
final class TestCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions options;

    @Option(names = "--filter", paramLabel = "TEXT",
            description = "Run only the scenarios whose file or name contains TEXT (ignoring case).")
    String filter;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<ScenarioSuite> loaded = cli.suite(options.workspace(), err);
        if (loaded.isEmpty()) {
            return Cli.PROBLEMS;
        }
        ScenarioSuite suite = filter == null ? loaded.get() : loaded.get().matching(filter);
        if (suite.scenarios().isEmpty()) {
            err.println("No scenario's file or name contains \"" + filter + "\".");
            return Cli.USAGE;
        }
        ScenarioReport report = suite.run();
        out.println(json ? JsonOutput.write(report) : ScenarioReportText.render(report));
        out.flush();
        return report.allPassed() ? Cli.OK : Cli.PROBLEMS;
    }
}
