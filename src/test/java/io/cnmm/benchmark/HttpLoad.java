package io.cnmm.benchmark;

import io.cnmm.testsupport.Api;
import java.io.IOException;
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
        try (PackagedService service = PackagedService.start()) {
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
        HttpRequest request = Api.request(target).header("Content-Type", "application/json")
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
}
