package io.cnmm.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.cnmm.testsupport.Api;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The packaged service in a child process, with its own data directory and port. */
final class PackagedService implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path dataDir;

    private PackagedService(Process process, int port, Path dataDir) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
    }

    static PackagedService start() throws Exception {
        return start(Map.of());
    }

    /** @param environment more settings for the service, e.g. {@code CNMM_RULES_DIR} */
    static PackagedService start(Map<String, String> environment) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path dataDir = Files.createTempDirectory("cnmm-http-load-");
        List<String> command = new ArrayList<>(List.of("java"));
        // -Dbench.jvm-args="-Xmx512m -XX:+UseSerialGC": the JVM options of the service under load
        String jvmArgs = System.getProperty("bench.jvm-args", "").strip();
        if (!jvmArgs.isEmpty()) {
            command.addAll(List.of(jvmArgs.split("\\s+")));
        }
        command.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("service.log").toFile());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("CNMM_DATA_DIR", dataDir.resolve("postgres").toString());
        builder.environment().put("CNMM_BENCHMARK_BARE_STORE", "true");
        builder.environment().put("CNMM_SECURITY_ADMIN_PASSWORD", Api.ADMIN_PASSWORD);
        String jdbc = System.getProperty("bench.jdbc-url", "");
        if (!jdbc.isBlank()) {
            builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", jdbc);
            builder.environment().put("QUARKUS_DATASOURCE_USERNAME", System.getProperty("bench.db-user", "postgres"));
            builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", System.getProperty("bench.db-password", ""));
        }
        builder.environment().putAll(environment);
        PackagedService service = new PackagedService(builder.start(), port, dataDir);
        service.awaitReady();
        return service;
    }

    /** A copy of {@code rules/} and {@code model-data/} in a new temporary folder, to change without touching the shipped ones. */
    static Path copyOfTheFolders() throws IOException {
        Path workspace = Files.createTempDirectory("cnmm-folders-");
        for (String folder : List.of("rules", "model-data")) {
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                for (Path file : files.toList()) {
                    Path target = workspace.resolve(file.toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
        }
        return workspace;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    String createEnterprise(HttpClient client) throws Exception {
        HttpResponse<String> response = client.send(Api.request(uri("/api/enterprises"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"HTTP load\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("cannot create an enterprise: " + response.body());
        }
        return id.group(1);
    }

    /** The service's log so far. */
    String log() throws IOException {
        return Files.readString(dataDir.resolve("service.log"));
    }

    long residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private void awaitReady() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        // Long: a replica started on a database of unsealed copies seals them first (minutes for 10,000)
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service stopped; see " + dataDir.resolve("service.log"));
            }
            try {
                if (client.send(Api.request(uri("/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the service was not ready within 15 minutes");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
