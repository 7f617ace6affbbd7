package io.cnmm.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cnmm.authoring.RulesWorkspace;
import io.cnmm.evaluation.EvaluationResult;
import io.cnmm.evaluation.Evaluator;
import io.cnmm.evaluation.FactParser;
import io.cnmm.evaluation.InvalidFactsException;
import io.cnmm.evaluation.SubmittedFacts;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cnmm evaluate FACTS_FILE}: one evaluation, as the API makes it for an assessment, stored nowhere. */
@Command(name = "evaluate", sortOptions = false,
        description = {"Evaluate a file of facts: levels, gaps and advice.",
                "FACTS_FILE is JSON or YAML: {facts: {key: value}}, as the API takes it, or the bare map of facts.",
                "Prints the overall, part, characteristic, domain and indicator levels, the gaps to the next level and the advice, most urgent first."})
final class EvaluateCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FACTS_FILE", description = "For example model-data/examples/progressing.json.")
    Path factsFile;

    @Mixin
    WorkspaceOptions options;

    @Option(names = "--json", description = "Print the full result as JSON, trace included.")
    boolean json;

    @Option(names = "--trace", description = "Also print the rule trace: every rule that fired, what it matched and derived.")
    boolean trace;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(factsFile)) {
            throw new ParameterException(spec.commandLine(), "There is no file " + factsFile.toAbsolutePath() + ".");
        }
        RulesWorkspace workspace = options.workspace();
        Optional<Map<String, JsonNode>> submitted = readFacts();
        Optional<Evaluator> evaluator = submitted.flatMap(read -> cli.compile(workspace, err()));
        Optional<SubmittedFacts> facts = evaluator.flatMap(compiled -> parse(compiled, submitted.get()));
        if (facts.isEmpty()) {
            return Cli.PROBLEMS;
        }
        EvaluationResult result = evaluator.get().evaluate(facts.get());
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? JsonOutput.write(result) : new EvaluationText(evaluator.get().model()).render(result, trace));
        out.flush();
        return Cli.OK;
    }

    private Optional<Map<String, JsonNode>> readFacts() {
        try {
            return Optional.of(FactsFile.read(factsFile));
        } catch (FactsFileException e) {
            Cli.print(e.problems(), err());
            return Optional.empty();
        }
    }

    /** The facts checked against the model's declarations, or empty after naming each bad one. */
    private Optional<SubmittedFacts> parse(Evaluator evaluator, Map<String, JsonNode> submitted) {
        try {
            return Optional.of(new FactParser(evaluator.model()).parse(submitted));
        } catch (InvalidFactsException e) {
            e.errors().forEach(error -> err().println(factsFile + ": " + error.field() + ": " + error.reason()));
            err().println("FAILED: " + e.getMessage());
            err().flush();
            return Optional.empty();
        }
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
