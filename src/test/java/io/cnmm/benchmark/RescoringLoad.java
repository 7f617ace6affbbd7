package io.cnmm.benchmark;

import io.cnmm.publishing.RulesBundle;
import io.cnmm.testsupport.Api;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bulk re-evaluation on the packaged service: stores N assessments (the three example profiles in
 * turn, one enterprise each), publishes a second version (T-RM-01 level 2 needs 30 % instead of
 * 25 %), re-evaluates all N under it with {@code POST /api/rulesets/{v}/rescorings} and reports
 * assessments per second as the service measured them.
 *
 * <p>Run: {@code ./mvnw -Pbench package -DskipTests exec:exec -Dbench.main=io.cnmm.benchmark.RescoringLoad
 * -Dbench.args="2000 200"} (assessments, batch size).
 *
 * <p>Storing 100,000 assessments through the API takes longer than re-scoring them. With an
 * external PostgreSQL ({@code -Dbench.jdbc-url=...}, a new empty database) and a third argument
 * {@code copies}, only the first {@value #THROUGH_THE_API} go through the API and the rest are
 * copies of them made in SQL, with new ids. Re-scoring reads only their facts; the copies are not
 * sealed, which a re-scoring does not look at.
 *
 * <p>A fourth argument runs the re-scoring on that many replicas: the others start on the same
 * database once the assessments are stored, and every replica claims batches ({@code
 * -Dbench.args="10000 200 copies 3"}). At the end it counts, in the database, the re-evaluations the
 * run stored, the distinct originals they are of, and the batches each replica stored.
 */
public final class RescoringLoad {

    private RescoringLoad() {
    }

    private static final int THROUGH_THE_API = 300;

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        boolean copies = args.length > 2 && args[2].equals("copies");
        int replicas = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<PackagedService> others = new ArrayList<>();
        try (PackagedService service = PackagedService.start(Map.of("HOSTNAME", "replica-1"))) {
            long seeding = System.nanoTime();
            if (copies && count > THROUGH_THE_API) {
                seed(http, service, THROUGH_THE_API);
                copy(count - THROUGH_THE_API);
            } else {
                seed(http, service, count);
            }
            System.out.printf(Locale.ROOT, "stored %d assessments in %.1f s%n", count, (System.nanoTime() - seeding) / 1e9);
            String version = publishStricterVersion(http, service);
            for (int r = 2; r <= replicas; r++) {
                others.add(PackagedService.start(Map.of("HOSTNAME", "replica-" + r)));
            }
            HttpResponse<String> started = http.send(Api.request(service.uri("/api/rulesets/" + version + "/rescorings"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"author\": \"benchmark\", \"scope\": \"all\", \"batchSize\": "
                            + batch + "}")).build(), HttpResponse.BodyHandlers.ofString());
            URI run = service.uri(started.headers().firstValue("Location").map(URI::create).orElseThrow().getPath());
            String status;
            do {
                Thread.sleep(2_000);
                status = http.send(Api.request(run).build(), HttpResponse.BodyHandlers.ofString()).body();
                System.out.println(status);
            } while (status.contains("\"running\""));
            System.out.printf("server resident memory at the end: %d MB%n", service.residentMegabytes());
            if (copies) {
                report(run.getPath().substring(run.getPath().lastIndexOf('/') + 1));
            }
        } finally {
            for (PackagedService other : others) {
                other.close();
            }
        }
    }

    /** What the run stored, counted in the database: exactly once per original, and each replica's share. */
    private static void report(String run) throws Exception {
        try (Connection connection = connect();
             PreparedStatement stored = connection.prepareStatement("select count(*), count(distinct reevaluation_of)"
                     + " from assessment where rescoring_id = ?::uuid");
             PreparedStatement shares = connection.prepareStatement("select split_part(done_by, '/', 1),"
                     + " count(*), sum(cardinality(assessment_ids)) from rescoring_batch where rescoring_id = ?::uuid"
                     + " group by 1 order by 1")) {
            stored.setString(1, run);
            try (ResultSet row = stored.executeQuery()) {
                row.next();
                System.out.printf("re-evaluations stored: %d, of %d distinct originals%n", row.getLong(1), row.getLong(2));
            }
            shares.setString(1, run);
            try (ResultSet rows = shares.executeQuery()) {
                while (rows.next()) {
                    System.out.printf("  %s stored %d batches, %d assessments%n", rows.getString(1), rows.getLong(2),
                            rows.getLong(3));
                }
            }
        }
    }

    private static Connection connect() throws java.sql.SQLException {
        return DriverManager.getConnection(System.getProperty("bench.jdbc-url"), System.getProperty("bench.db-user", "postgres"),
                System.getProperty("bench.db-password", ""));
    }

    private static void seed(HttpClient http, PackagedService service, int count) throws Exception {
        String[] bodies = new String[3];
        String[] profiles = {"just-starting", "progressing", "leading"};
        for (int i = 0; i < 3; i++) {
            bodies[i] = Files.readString(Path.of("model-data/examples/" + profiles[i] + ".json"));
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        for (int c = 0; c < 8; c++) {
            clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    String enterprise = service.createEnterprise(http);
                    HttpResponse<Void> response = http.send(Api.request(
                                    service.uri("/api/enterprises/" + enterprise + "/assessments"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(bodies[i % 3])).build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() != 201) {
                        throw new IllegalStateException("seeding failed: " + response.statusCode());
                    }
                }
                return null;
            });
        }
        clients.shutdown();
        clients.awaitTermination(1, TimeUnit.HOURS);
    }

    /** Copies the stored assessments in SQL, with new ids, until {@code extra} more are stored. */
    private static void copy(int extra) throws Exception {
        String url = System.getProperty("bench.jdbc-url", "");
        if (url.isBlank()) {
            throw new IllegalArgumentException("copies need an external PostgreSQL: -Dbench.jdbc-url=jdbc:postgresql://...");
        }
        try (Connection connection = connect();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into assessment (id, enterprise_id, created_at, model_version, ruleset_digest, ruleset_version,
                         facts, overall_level, overall, indicators, parts, characteristics, domains, advice, trace)
                     select gen_random_uuid(), a.enterprise_id, a.created_at, a.model_version, a.ruleset_digest,
                         a.ruleset_version, a.facts, a.overall_level, a.overall, a.indicators, a.parts,
                         a.characteristics, a.domains, a.advice, a.trace
                     from generate_series(1, ?) n
                     join (select *, row_number() over (order by id) - 1 as k, count(*) over () as total
                           from assessment) a on a.k = n % a.total""")) {
            for (int done = 0; done < extra; done += 10_000) {
                insert.setInt(1, Math.min(10_000, extra - done));
                insert.executeUpdate();
            }
        }
    }

    private static String publishStricterVersion(HttpClient http, PackagedService service) throws Exception {
        Path copy = PackagedService.copyOfTheFolders();
        replace(copy.resolve("rules/T/T-RM/T-RM-01.drl"), "number >= 25)", "number >= 30)");
        replace(copy.resolve("rules/T/T-RM/T-RM-01.scenarios.yaml"), "given: {containerized_pct: 25,", "given: {containerized_pct: 30,");
        RulesBundle bundle = RulesBundle.fromFolders(copy.resolve("rules"), copy.resolve("model-data"));
        HttpResponse<String> published = http.send(Api.request(service.uri("/api/rulesets?author=benchmark&message=stricter"))
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(bundle.toZip())).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher digest = Pattern.compile("\"digest\"\\s*:\\s*\"([^\"]+)\"").matcher(published.body());
        if (published.statusCode() / 100 != 2 || !digest.find()) {
            throw new IllegalStateException("cannot publish the second version: " + published.body());
        }
        return digest.group(1);
    }

    private static void replace(Path file, String from, String to) throws java.io.IOException {
        Files.writeString(file, Files.readString(file).replace(from, to));
    }
}
