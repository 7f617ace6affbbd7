package io.cnmm.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.cnmm.testsupport.Api;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, {@code ./mvnw quarkus:dev}, as a new user runs it: on a copy of the
 * project (dev mode compiles into its own target/), in a home folder that has never answered Quarkus'
 * analytics question. It must come up ready with the example enterprises, without stopping to ask
 * anything, and stop when told to.
 */
@DisabledIfSystemProperty(named = "test.jdbc-url", matches = ".+", disabledReason = "the README's command runs the embedded database")
class DevModeIT {

    /** A safety net for a hang, not a speed check: compiling and starting on a loaded 2-core machine takes minutes. */
    private static final Duration CEILING = Duration.ofMinutes(15);

    @TempDir
    Path folder;

    @Test
    void theReadmesRunCommandStartsWithTheExampleDataAndAsksNothing() throws Exception {
        Path project = copyOfTheProject(folder.resolve("project"));
        Path home = Files.createDirectories(folder.resolve("home"));
        Path console = folder.resolve("console.log");
        int port = freePort();
        // As the README writes it: no -B, which would skip the analytics question whatever the settings.
        ProcessBuilder builder = new ProcessBuilder("./mvnw", "quarkus:dev", "-Ddebug=false")
                .directory(project.toFile()).redirectErrorStream(true).redirectOutput(console.toFile());
        builder.environment().put("HOME", home.toString()); // where Quarkus keeps the analytics answer
        builder.environment().put("MAVEN_USER_HOME", Path.of(System.getProperty("user.home"), ".m2").toString());
        builder.environment().put("MAVEN_OPTS", "-Dmaven.repo.local=" + localRepository());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("CNMM_SECURITY_ADMIN_PASSWORD", Api.ADMIN_PASSWORD);
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        Process devMode = builder.start();
        try {
            awaitReady(devMode, port, console);

            HttpResponse<String> enterprises = HttpClient.newHttpClient().send(
                    Api.request(URI.create("http://127.0.0.1:" + port + "/api/enterprises")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(enterprises.statusCode()).as(enterprises.body()).isEqualTo(200);
            assertThat(JsonPath.from(enterprises.body()).getList("name")).as("the example enterprises").hasSize(3);
            assertThat(Files.readString(console)).as("dev mode never stops to ask about analytics")
                    .doesNotContain("Help improve Quarkus").doesNotContain("anonymous build time data");
            assertThat(home.resolve(".redhat/io.quarkus.analytics.localconfig")).as("no answer was recorded").doesNotExist();

            try (OutputStream keys = devMode.getOutputStream()) {
                keys.write("q".getBytes(StandardCharsets.US_ASCII)); // the dev console's quit key
            }
            assertThat(devMode.waitFor(CEILING.toMinutes(), java.util.concurrent.TimeUnit.MINUTES))
                    .as("dev mode stops on q").isTrue();
        } finally {
            stop(devMode);
        }
    }

    private static void awaitReady(Process devMode, int port, Path console) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + CEILING.toNanos();
        while (true) {
            assertThat(devMode.isAlive()).as("dev mode is running: %s", tail(console)).isTrue();
            assertThat(System.nanoTime()).as("dev mode was ready within %s: %s", CEILING, tail(console)).isLessThan(deadline);
            try {
                if (client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListening) {
                // still compiling or starting
            }
            Thread.sleep(1_000);
        }
    }

    /** What a clone holds that dev mode reads; the tests are left out, dev mode does not need them. */
    private static Path copyOfTheProject(Path target) throws IOException {
        for (String entry : List.of("pom.xml", "mvnw", ".mvn", "src/main", "rules", "model-data")) {
            Path source = Path.of(entry);
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path copy = target.resolve(file.toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.createDirectories(copy.getParent());
                        Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
        return target;
    }

    private static String localRepository() {
        return System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path console) throws IOException {
        List<String> lines = Files.readAllLines(console);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /** SIGTERM to dev mode and its forked JVM (which stops the embedded database), then SIGKILL if they linger. */
    private static void stop(Process devMode) throws InterruptedException {
        List<ProcessHandle> all = Stream.concat(devMode.descendants(), Stream.of(devMode.toHandle())).toList();
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle each : all) {
            each.onExit().completeOnTimeout(each, 60, java.util.concurrent.TimeUnit.SECONDS).join();
            each.destroyForcibly();
        }
    }
}
