package io.cnmm.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cnmm.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the service serves passes Redocly's recommended rules and Spectral's
 * {@code spectral:oas} with no error and no warning (the few accepted ones are switched off in
 * .ci/openapi-lint and listed in docs/api.md). The linters are npm packages: .ci/run installs them
 * and requires them ({@code -Dopenapi.lint.required=true}); a machine with only a JDK skips this test.
 */
@QuarkusTest
class OpenApiLintTest {

    private static final Path LINT = Path.of(".ci/openapi-lint");
    private static final Path DOCUMENT = Path.of("target/openapi/openapi.json");

    @BeforeEach
    void writeTheServedDocument() throws IOException {
        String document = Api.anonymous().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        Files.createDirectories(DOCUMENT.getParent());
        Files.writeString(DOCUMENT, document);
    }

    @Test
    void redoclyFindsNothing() throws Exception {
        Run run = lint("redocly", "lint", "--config", LINT.resolve("redocly.yaml").toString(),
                "--format", "json", DOCUMENT.toString());
        JsonNode totals = new ObjectMapper().readTree(run.output()).path("totals");
        assertThat(totals.path("errors").asInt(-1) + totals.path("warnings").asInt(-1))
                .as("redocly lint %s:%n%s", DOCUMENT, run.problemsText()).isZero();
    }

    @Test
    void spectralFindsNothing() throws Exception {
        Run run = lint("spectral", "lint", "--ruleset", LINT.resolve(".spectral.yaml").toString(),
                "--format", "json", "--quiet", DOCUMENT.toString());
        JsonNode results = new ObjectMapper().readTree(run.output().isBlank() ? "[]" : run.output());
        assertThat(results).as("spectral lint %s:%n%s", DOCUMENT, results.toPrettyString()).isEmpty();
    }

    private static Run lint(String tool, String... arguments) throws IOException, InterruptedException {
        Path executable = LINT.resolve("node_modules/.bin").resolve(tool);
        if (!Files.isExecutable(executable)) {
            String missing = tool + " is not installed: run 'npm ci' in " + LINT + " to lint the OpenAPI document";
            if (Boolean.getBoolean("openapi.lint.required")) {
                throw new AssertionError(missing + " (required by -Dopenapi.lint.required=true)");
            }
            Assumptions.abort(missing);
        }
        List<String> command = new ArrayList<>(List.of(executable.toString()));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("openapi-lint", ".json");
        Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        process.waitFor();
        String text = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        return new Run(text);
    }

    private record Run(String output) {

        /** Redocly's problems, one line each, for the failure message. */
        String problemsText() throws IOException {
            StringBuilder text = new StringBuilder();
            for (JsonNode problem : new ObjectMapper().readTree(output).path("problems")) {
                text.append(problem.path("severity").asText()).append(' ').append(problem.path("ruleId").asText())
                        .append(' ').append(problem.path("location").path(0).path("pointer").asText())
                        .append(": ").append(problem.path("message").asText()).append('\n');
            }
            return text.toString();
        }
    }
}
