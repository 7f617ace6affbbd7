package io.cnmm.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP load on the packaged service, beside its floor. Starts {@code target/quarkus-app} on a free
 * port with a fresh embedded PostgreSQL (or the one named by {@code -Dbench.jdbc-url}), then for
 * each connection count submits the {@code progressing} example for a fixed time: first as real
 * assessments, then to the bare-store endpoint that only stores the same JSON. Prints throughput,
 * p50, p99, errors and the server's resident memory. Each connection is one thread in a closed
 * loop: it sends the next request when the previous answer arrives.
 *
 * <p>Run: {@code ./mvnw -Pbench package -DskipTests exec:exec -Dbench.main=io.cnmm.benchmark.HttpLoad
 * -Dbench.args="1,8,32,64 20"} (connection counts, seconds per step).
 */
public final class HttpLoad {

    private static final Duration WARM_UP = Duration.ofSeconds(10);

    private HttpLoad() {
    }

    public static void main(String[] args) throws Exception {
        int[] connections = Arrays.stream((args.length > 0 ? args[0] : "1,8,32,64").split(",")).mapToInt(Integer::parseInt).toArray();
        Duration step = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 20);
        String body = Files.readString(Path.of("model-data/examples/progressing.json"));
        try (Service service = Service.start()) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String enterprise = service.createEnterprise(client);
            URI assess = service.uri("/api/enterprises/" + enterprise + "/assessments");
            URI bare = service.uri("/api/benchmark/enterprises/" + enterprise + "/bare-assessments");
            System.out.printf("warming up for %d s%n", WARM_UP.toSeconds());
            run(client, assess, body, 8, WARM_UP);
            run(client, bare, body, 8, WARM_UP);
            System.out.println("| Endpoint | Connections | Requests | Throughput | p50 | p99 | Errors | Server RSS |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            for (int n : connections) {
                for (URI target : List.of(assess, bare)) {
                    Result result = run(client, target, body, n, step);
                    System.out.printf(Locale.ROOT, "| %s | %d | %d | %.0f/s | %.1f ms | %.1f ms | %d | %d MB |%n",
                            target == assess ? "submit assessment" : "bare store (floor)", n, result.requests(),
                            result.throughput(), result.percentile(50), result.percentile(99), result.errors(),
                            service.residentMegabytes());
                }
            }
        }
    }

    private static Result run(HttpClient client, URI target, String body, int connections, Duration duration)
            throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        List<long[]> latencies = new ArrayList<>();
        int[] errors = new int[connections];
        int[] counts = new int[connections];
        CountDownLatch done = new CountDownLatch(connections);
        HttpRequest request = HttpRequest.newBuilder(target).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        for (int c = 0; c < connections; c++) {
            long[] mine = new long[2_000_000];
            latencies.add(mine);
            int id = c;
            Thread thread = new Thread(() -> {
                while (running.get()) {
                    long started = System.nanoTime();
                    try {
                        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 201) {
                            errors[id]++;
                        }
                    } catch (IOException e) {
                        errors[id]++;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                    if (counts[id] < mine.length) {
                        mine[counts[id]] = System.nanoTime() - started;
                    }
                    counts[id]++;
                }
                done.countDown();
            });
            thread.setDaemon(true);
            thread.start();
        }
        long started = System.nanoTime();
        Thread.sleep(duration.toMillis());
        running.set(false);
        done.await();
        double seconds = (System.nanoTime() - started) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < connections; c++) {
            int n = Math.min(counts[c], latencies.get(c).length);
            System.arraycopy(latencies.get(c), 0, all, at, n);
            at += n;
        }
        Arrays.sort(all, 0, at);
        return new Result(total, total / seconds, Arrays.copyOf(all, at), Arrays.stream(errors).sum());
    }

    private record Result(int requests, double throughput, long[] sortedNanos, int errors) {

        double percentile(int p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, index)] / 1e6;
        }
    }

    /** The packaged service in a child process, with its own data directory and port. */
    private static final class Service implements AutoCloseable {

        private final Process process;
        private final int port;
        private final Path dataDir;

        private Service(Process process, int port, Path dataDir) {
            this.process = process;
            this.port = port;
            this.dataDir = dataDir;
        }

        static Service start() throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path dataDir = Files.createTempDirectory("cnmm-http-load-");
            ProcessBuilder builder = new ProcessBuilder("java", "-jar", "target/quarkus-app/quarkus-run.jar")
                    .redirectErrorStream(true).redirectOutput(dataDir.resolve("service.log").toFile());
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            builder.environment().put("CNMM_DATA_DIR", dataDir.resolve("postgres").toString());
            builder.environment().put("CNMM_BENCHMARK_BARE_STORE", "true");
            String jdbc = System.getProperty("bench.jdbc-url", "");
            if (!jdbc.isBlank()) {
                builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", jdbc);
                builder.environment().put("QUARKUS_DATASOURCE_USERNAME", System.getProperty("bench.db-user", "postgres"));
                builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", System.getProperty("bench.db-password", ""));
            }
            Service service = new Service(builder.start(), port, dataDir);
            service.awaitReady();
            return service;
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        String createEnterprise(HttpClient client) throws Exception {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/api/enterprises"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"HTTP load\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
            if (response.statusCode() != 201 || !id.find()) {
                throw new IllegalStateException("cannot create an enterprise: " + response.body());
            }
            return id.group(1);
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
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the service stopped; see " + dataDir.resolve("service.log"));
                }
                try {
                    if (client.send(HttpRequest.newBuilder(uri("/q/health/ready")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("the service was not ready within 2 minutes");
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }
}
