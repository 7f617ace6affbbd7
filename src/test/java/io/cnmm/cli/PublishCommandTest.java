package io.cnmm.cli;

import static io.cnmm.testsupport.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cnmm.publishing.RulesBundle;
import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.CommandRun;
import io.cnmm.testsupport.Workspace;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cnmm publish} against a running service: checked here, checked there, stored, optionally activated. */
@QuarkusTest
class PublishCommandTest {

    @TempDir
    Path root;
    @TestHTTPResource("/")
    URL server;

    @Test
    void publishesAndActivatesTheFoldersOnTheService() {
        String original = given().get("/api/rulesets/active").path("loadedHere");
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(workspace.rules().resolve("T/T-RM/T-RM-01.drl"), "number >= 25)", "number >= 28)");
        workspace.edit(workspace.rules().resolve("T/T-RM/T-RM-01.scenarios.yaml"),
                "given: {containerized_pct: 25,", "given: {containerized_pct: 28,");
        String digest = RulesBundle.fromFolders(workspace.rules(), workspace.modelData()).digest();
        try {
            CommandRun run = CommandRun.of(CommandRun.at(workspace, "publish", "--server", server.toString(),
                    "--user", Api.ADMIN, "--password-file", passwordFile(), "--message", "T-RM-01 level 2 needs 28 %", "--activate"));

            assertEquals(Cli.OK, run.exitCode(), run::err);
            assertThat(run.out()).contains("Published " + digest).contains("passed").contains("Activated " + digest);
            given().get("/api/rulesets/" + digest).then().statusCode(200)
                    .body("author", org.hamcrest.Matchers.equalTo(Api.ADMIN));
            given().get("/api/rulesets/active").then().body("loadedHere", org.hamcrest.Matchers.equalTo(digest));
        } finally {
            given().contentType(ContentType.JSON).body("{\"author\": \"Test Operator\"}")
                    .post("/api/rulesets/" + original + "/activation").then().statusCode(200);
        }
    }

    @Test
    void publishesNothingWhenAScenarioFails() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(workspace.rules().resolve("T/T-RM/T-RM-01.drl"), "number >= 25)", "number >= 36)");
        String digest = RulesBundle.fromFolders(workspace.rules(), workspace.modelData()).digest();

        CommandRun run = CommandRun.of(CommandRun.at(workspace, "publish", "--server", server.toString(),
                "--user", Api.ADMIN, "--password-file", passwordFile(), "--message", "forgot the scenarios"));

        assertEquals(Cli.PROBLEMS, run.exitCode());
        assertThat(run.err()).contains("FAIL T/T-RM/T-RM-01.scenarios.yaml").contains("not published");
        given().get("/api/rulesets/" + digest).then().statusCode(404);
    }

    @Test
    void aWrongPasswordPublishesNothing() throws java.io.IOException {
        Workspace workspace = Workspace.copyOfShipped(root);
        java.nio.file.Path wrong = java.nio.file.Files.writeString(root.resolve("wrong-password"), "not-the-password");
        CommandRun run = CommandRun.of(CommandRun.at(workspace, "publish", "--server", server.toString(),
                "--user", Api.ADMIN, "--password-file", wrong.toString(), "--message", "who am I"));
        assertEquals(Cli.PROBLEMS, run.exitCode());
        assertThat(run.err()).contains("401").contains("wrong user name or password");
    }

    private String passwordFile() {
        try {
            return java.nio.file.Files.writeString(root.resolve("password"), Api.ADMIN_PASSWORD).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
