package io.cnmm.cli;

import io.cnmm.authoring.RulesWorkspace;
import io.cnmm.evaluation.Evaluator;
import io.cnmm.scenario.ScenarioSuite;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cnmm validate}: everything the service checks at start, and the scenario files. */
@Command(name = "validate", sortOptions = false,
        description = {"Check model data, rules and scenario files as the service does.",
                "Prints every problem as file:line:column: message, or one OK line",
                "followed by a 'warning:' line for each thing worth fixing that does not stop the rules loading."})
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions options;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public Integer call() {
        RulesWorkspace workspace = options.workspace();
        PrintWriter out = spec.commandLine().getOut();
        Optional<ScenarioSuite> suite = cli.suite(workspace, out);
        if (suite.isEmpty()) {
            return Cli.PROBLEMS;
        }
        Evaluator evaluator = suite.get().evaluator();
        out.printf("OK: %d rules, %d indicators, model %s, ruleset %s%n", evaluator.ruleset().ruleCount(),
                evaluator.model().indicators().size(), evaluator.model().version(), evaluator.ruleset().digest());
        // Warnings follow the OK line: the files are valid, and these are worth fixing in them.
        workspace.modelDataWarnings(evaluator).forEach(warning -> out.println("warning: " + warning));
        out.flush();
        return Cli.OK;
    }
}
