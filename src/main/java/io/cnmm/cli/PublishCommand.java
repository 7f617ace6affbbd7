package io.cnmm.cli;

import java.util.Base64;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cnmm.authoring.RulesWorkspace;
import io.cnmm.publishing.RulesBundle;
import io.cnmm.scenario.ScenarioReport;
import io.cnmm.scenario.ScenarioSuite;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cnmm publish}: validates and tests the folders here, then uploads them to a running
 * service as a new version, which checks them again before storing them. Optionally activates it.
 */
@Command(name = "publish", sortOptions = false,
        description = {"Validate and test the folders, then publish them to a CNMM Assess service as a version.",
                "The service validates and tests them again and stores them only if they pass."})
final class PublishCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions options;

    @Option(names = "--server", paramLabel = "URL", defaultValue = "http://localhost:8080",
            description = "The service (default: ${DEFAULT-VALUE}).")
    URI server;

    @Option(names = "--user", required = true, paramLabel = "NAME",
            description = "Who publishes (a rule-author): signs in with HTTP Basic and is recorded with the version.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the password from this file. Otherwise from the environment variable CNMM_PASSWORD, "
                    + "or asked for on the terminal.")
    Path passwordFile;

    @Option(names = "--message", required = true, paramLabel = "TEXT", description = "What changed and why.")
    String message;

    @Option(names = "--activate", description = "Activate the version once it is published.")
    boolean activate;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RulesWorkspace workspace = options.workspace();
        Optional<ScenarioSuite> suite = cli.suite(workspace, err);
        if (suite.isEmpty()) {
            return Cli.PROBLEMS;
        }
        ScenarioReport report = suite.get().run();
        if (!report.allPassed()) {
            report.failures().forEach(failure -> err.println("FAIL " + failure.displayName() + ": " + failure.failure()));
            err.printf("not published: %d of %d scenarios fail (bin/cnmm test shows their traces)%n",
                    report.failed(), report.passed() + report.failed());
            err.flush();
            return Cli.PROBLEMS;
        }
        RulesBundle bundle = RulesBundle.fromFolders(workspace.rules(), workspace.modelData());
        try {
            String signIn = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password())
                    .getBytes(StandardCharsets.UTF_8));
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> published = http.send(HttpRequest.newBuilder(server.resolve("/api/rulesets?message="
                            + encode(message)))
                    .header("Authorization", signIn)
                    .header("Content-Type", "application/zip")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bundle.toZip())).build(), HttpResponse.BodyHandlers.ofString());
            if (!answered(published, err)) {
                return Cli.PROBLEMS;
            }
            out.printf("%s %s (%s)%n", published.statusCode() == 201 ? "Published" : "Already published", bundle.digest(),
                    JSON.readTree(published.body()).path("scenarios").asText());
            if (activate) {
                HttpResponse<String> activated = http.send(HttpRequest.newBuilder(server.resolve("/api/rulesets/"
                                + bundle.digest() + "/activation"))
                        .header("Authorization", signIn)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (!answered(activated, err)) {
                    return Cli.PROBLEMS;
                }
                out.printf("Activated %s (previously %s)%n", bundle.digest(), JSON.readTree(activated.body()).path("previous").asText());
            }
            out.flush();
            return Cli.OK;
        } catch (IOException e) {
            err.println("cannot reach " + server + ": " + e.getMessage());
            err.flush();
            return Cli.PROBLEMS;
        }
    }

    private String password() throws IOException {
        if (passwordFile != null) {
            return Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
        }
        String fromEnvironment = System.getenv("CNMM_PASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        if (System.console() == null) {
            throw new IOException("no password: give --password-file or set CNMM_PASSWORD");
        }
        return new String(System.console().readPassword("Password for %s: ", user));
    }

    /** True for a 2xx answer; otherwise prints the service's problem (with every file:line) and returns false. */
    private static boolean answered(HttpResponse<String> response, PrintWriter err) throws IOException {
        if (response.statusCode() / 100 == 2) {
            return true;
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(response.body());
        } catch (IOException notJson) {
            problem = JSON.createObjectNode().put("detail", response.body());
        }
        err.println("the service answered " + response.statusCode() + ": " + problem.path("detail").asText());
        problem.path("problems").forEach(p -> err.println("  " + p.path("file").asText()
                + (p.hasNonNull("line") ? ":" + p.path("line").asText() : "") + ": " + p.path("message").asText()));
        problem.path("errors").forEach(e -> err.println("  " + e.path("field").asText() + ": " + e.path("reason").asText()));
        err.flush();
        return false;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
