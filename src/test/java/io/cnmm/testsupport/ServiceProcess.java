package io.cnmm.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged service ({@code target/quarkus-app}) as operators run it: a child process with the
 * embedded PostgreSQL on a data directory the test chooses, so it can be killed, stopped and started again.
 */
public final class ServiceProcess {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    /**
     * A safety net for a hang, not a speed check: a quiet 2-core machine starts the service in 5-40 s,
     * but two replicas compiling at once beside other builds have taken over 3 minutes.
     */
    private static final Duration READY_WAIT = Duration.ofMinutes(10);

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient client = HttpClient.newHttpClient();

    private ServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar on {@code folder/postgres} (logging to {@code folder/<logName>}) and waits until it is ready. */
    public static ServiceProcess start(Path folder, String logName) throws Exception {
        return launch(folder, logName, Map.of("CNMM_DATA_DIR", folder.resolve("postgres").toString()));
    }

    /**
     * Starts the jar on a PostgreSQL of the test's (as replicas share one in production), with
     * {@code environment} added (e.g. {@code HOSTNAME}, {@code CNMM_RESCORING_LEASE}), and waits until it is ready.
     */
    public static ServiceProcess startOn(String jdbcUrl, String user, String password, Path folder, String logName,
                                         Map<String, String> environment) throws Exception {
        Map<String, String> all = new HashMap<>(environment);
        all.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        all.put("QUARKUS_DATASOURCE_USERNAME", user);
        all.put("QUARKUS_DATASOURCE_PASSWORD", password);
        return launch(folder, logName, all);
    }

    private static ServiceProcess launch(Path folder, String logName, Map<String, String> environment) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("package the application first: " + JAR);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = folder.resolve(logName);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL"); // the embedded database unless given one
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("CNMM_SECURITY_ADMIN_PASSWORD", Api.ADMIN_PASSWORD);
        builder.environment().putAll(environment);
        ServiceProcess service = new ServiceProcess(builder.start(), port, log);
        service.awaitReady();
        return service;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public int port() {
        return port;
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    /** The PostgreSQL server named in the data directory's {@code postmaster.pid}, if it is running. */
    public static Optional<ProcessHandle> postmaster(Path folder) throws IOException {
        Path pidFile = folder.resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        return lines.isEmpty() ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive);
    }

    /** {@code kill -9}: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /**
     * SIGSTOP: the process stops where it is, holding what it holds, until {@link #thaw()}; what a test
     * reads meanwhile cannot change under it (as it could between a read and a {@code kill -9}).
     */
    public void freeze() throws IOException, InterruptedException {
        signal("STOP");
    }

    /** SIGCONT after {@link #freeze()}. */
    public void thaw() throws IOException, InterruptedException {
        signal("CONT");
    }

    private void signal(String name) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("kill -" + name + " " + process.pid() + " exited with " + exit);
        }
    }

    /** SIGTERM, as Kubernetes and systemd stop a service. */
    public void terminate() {
        process.destroy();
    }

    /** Waits for the process to exit; true if it did within {@code limit}. */
    public boolean exitsWithin(Duration limit) throws InterruptedException {
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Readiness as a load balancer sees it: 200, another status, or -1 when nothing answers. */
    public int readiness() throws InterruptedException {
        try {
            return client.send(HttpRequest.newBuilder(uri("/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notListening) {
            return -1;
        }
    }

    public HttpResponse<String> get(String path) throws Exception {
        return client.send(Api.request(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String json) throws Exception {
        return client.send(Api.request(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Creates an enterprise and returns its id. */
    public String createEnterprise(String name) throws Exception {
        HttpResponse<String> response = post("/api/enterprises", "{\"name\": \"" + name + "\"}");
        if (response.statusCode() != 201) {
            throw new IllegalStateException("cannot create an enterprise: " + response.body());
        }
        return idIn(response.body());
    }

    /** The first {@code "id"} of a JSON answer. */
    public static String idIn(String json) {
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!id.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return id.group(1);
    }

    /** SIGTERM and wait: the end of a test. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + READY_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service stopped before it was ready; its log:\n" + log());
            }
            if (readiness() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the service was not ready within " + READY_WAIT + "; see " + log);
    }
}
