package io.cnmm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnmm.testsupport.Examples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as experts run it: {@code java -jar quarkus-run.jar <command>} from the
 * repository root, a real process that starts neither Quarkus nor a database, with the result
 * alone on stdout.
 */
class CliIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    @TempDir
    Path output;

    @Test
    void validatesTheShippedFoldersWithOneLineOnStdout() throws Exception {
        Run run = run("validate");

        assertEquals(0, run.exitCode(), run.err());
        // One OK line, then only the warnings worth fixing (advice that leaves out a threshold), nothing else
        String[] lines = run.out().split("\\R");
        assertThat(lines[0]).matches("OK: \\d+ rules, \\d+ indicators, model \\S+, ruleset sha256:[0-9a-f]{64}");
        assertThat(java.util.Arrays.asList(lines).subList(1, lines.length))
                .allSatisfy(line -> assertThat(line).startsWith("warning: model-data/"));
        assertEquals("", run.err());
    }

    @Test
    void evaluatesAnExampleProfileWithoutLogsOnStdout() throws Exception {
        Run run = run("evaluate", "model-data/examples/progressing.json");

        assertEquals(0, run.exitCode(), run.err());
        assertThat(run.out()).startsWith("Model ")
                .contains("Overall: level " + Examples.expectedLevels("progressing").get("overall") + " (")
                .doesNotContain("INFO", "Quarkus", "PostgreSQL");
        assertEquals("", run.err());
    }

    @Test
    void printsHelpAndExitsZero() throws Exception {
        Run run = run("--help");

        assertEquals(0, run.exitCode(), run.err());
        assertThat(run.out()).startsWith("Usage: cnmm").contains("validate", "test", "evaluate");
    }

    private Run run(String... args) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), "package the application first: " + JAR);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = output.resolve("stdout");
        Path err = output.resolve("stderr");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("cnmm " + String.join(" ", args) + " did not finish in 3 minutes");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private record Run(int exitCode, String out, String err) {
    }
}
