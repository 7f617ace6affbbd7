package io.cnmm.cli;

import io.cnmm.authoring.RulesWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --rules} and {@code --model-data}: the folders a command reads, relative to where it runs. */
final class WorkspaceOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "The rules folder (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Option(names = "--model-data", paramLabel = "DIR", defaultValue = "model-data",
            description = "The model-data folder (default: ${DEFAULT-VALUE}).")
    Path modelData;

    /** @throws ParameterException (exit code 2) when a folder does not exist */
    RulesWorkspace workspace() {
        requireFolder(rules, "--rules");
        requireFolder(modelData, "--model-data");
        return new RulesWorkspace(rules, modelData);
    }

    private void requireFolder(Path folder, String option) {
        if (!Files.isDirectory(folder)) {
            throw new ParameterException(command.commandLine(), "There is no folder " + folder.toAbsolutePath()
                    + ": run from the repository root or give " + option + " DIR.");
        }
    }
}
