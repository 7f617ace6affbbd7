package io.cnmm.cli;

import io.cnmm.audit.ExportVerifier;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cnmm verify}: checks an assessment export offline, with nothing but the export and the public key. */
@Command(name = "verify", sortOptions = false,
        description = {"Verify an assessment's JSON export offline: its digest, and the Ed25519 signature of its seal.",
                "Needs only the export (GET /api/assessments/{id}/export.json) and the public key (GET /api/signing-key)."})
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXPORT_JSON", description = "The assessment export.")
    Path export;

    @Parameters(index = "1", paramLabel = "PUBLIC_KEY_PEM", description = "The service's public key.")
    Path publicKey;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public Integer call() {
        for (Path file : new Path[] {export, publicKey}) {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "There is no file " + file.toAbsolutePath() + ".");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            ExportVerifier.Report report = ExportVerifier.verify(export, publicKey);
            out.println(report);
            out.flush();
            return report.valid() ? Cli.OK : Cli.PROBLEMS;
        } catch (RuntimeException e) {
            throw new ParameterException(spec.commandLine(), "cannot verify: " + e.getMessage());
        }
    }
}
