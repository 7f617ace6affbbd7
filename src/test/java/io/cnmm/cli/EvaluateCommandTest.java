package io.cnmm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cnmm.testsupport.CommandRun;
import io.cnmm.testsupport.Examples;
import io.cnmm.testsupport.ShippedModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cnmm evaluate}: a facts file in, levels, gaps and advice out; bad facts named by key. */
class EvaluateCommandTest {

    private static final String PROGRESSING = "model-data/examples/progressing.json";

    @TempDir
    Path root;

    @Test
    void printsTheOverallLevelTheExampleExpects() {
        CommandRun run = CommandRun.of("evaluate", PROGRESSING);

        assertEquals(Cli.OK, run.exitCode(), run::err);
        assertThat(run.out().lines().toList())
                .contains("Overall: level " + Examples.expectedLevels("progressing").get("overall") + " (MIN of A 3, S 2, T 3); 97 of 97 indicators assessed")
                .contains("  T-RM-01  Containerisation coverage: level " + Examples.expectedLevels("progressing").get("T-RM-01"))
                .contains("          containerized_pct required >= 80, submitted 50 %")
                .contains("Advice, most urgent first");
        assertEquals("", run.err());
    }

    @Test
    void readsABareMapOfFactsInYaml() throws IOException {
        Path facts = write("facts.yaml", "containerized_pct: 50\nbase_image_catalog: true\nbase_image_auto_rebuild: false\n");

        CommandRun run = CommandRun.of("evaluate", facts.toString(), "--trace");

        assertEquals(Cli.OK, run.exitCode(), run::err);
        assertThat(run.out().lines().toList())
                .contains("  T-RM-01  Containerisation coverage: level 3")
                .contains("Trace")
                .anyMatch(line -> line.matches("  \\d+\\. \\[overall-level] .*"));
    }

    @Test
    void printsTheFullResultAsJson() throws IOException {
        CommandRun run = CommandRun.of("evaluate", PROGRESSING, "--json");

        JsonNode result = new ObjectMapper().readTree(run.out());
        assertEquals(Cli.OK, run.exitCode());
        assertEquals(Examples.expectedLevels("progressing").get("overall"), result.get("overall").get("level").asInt());
        assertEquals(ShippedModel.evaluator().ruleset().digest(), result.get("rulesetDigest").asText());
        assertThat(result.get("trace").size()).isPositive();
    }

    @Test
    void rejectsAnInvalidFactNamingItsKey() throws IOException {
        Path facts = write("facts.json", "{\"facts\": {\"containerized_pct\": 130, \"base_image_catalog\": true}}");

        CommandRun run = CommandRun.of("evaluate", facts.toString());

        assertEquals(Cli.PROBLEMS, run.exitCode());
        assertThat(run.err()).contains(facts + ": facts.containerized_pct: must be at most 100 %, was 130");
        assertEquals("", run.out());
    }

    @Test
    void rejectsAFileOfTheWrongShape() throws IOException {
        Path facts = write("facts.yaml", "facts: [containerized_pct, 50]\n");

        CommandRun run = CommandRun.of("evaluate", facts.toString());

        assertEquals(Cli.PROBLEMS, run.exitCode());
        assertThat(run.err()).contains(facts + " at /facts: must be a map of fact keys to values");
    }

    @Test
    void reportsBrokenJsonAtItsLineAndColumn() throws IOException {
        Path facts = write("facts.json", "{\"facts\": {\"containerized_pct\": 50,}}");

        CommandRun run = CommandRun.of("evaluate", facts.toString());

        assertEquals(Cli.PROBLEMS, run.exitCode());
        assertThat(run.err()).contains(facts + ":1:36: not valid JSON: Unexpected character ('}'");
    }

    @Test
    void refusesAFileThatDoesNotExistAsAUsageError() {
        CommandRun run = CommandRun.of("evaluate", root.resolve("missing.json").toString());

        assertEquals(Cli.USAGE, run.exitCode());
        assertThat(run.err()).contains("There is no file").contains("missing.json");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(root.resolve(name), content);
    }
}
