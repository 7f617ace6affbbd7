package io.cnmm.benchmark;

import io.cnmm.testsupport.Api;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start and one-file reload of the packaged service, outside development mode.
 *
 * <p>Start: process start to {@code /q/health/ready}, cold, each time with a new data directory
 * (the embedded PostgreSQL's initdb, every migration, the first ruleset version validated,
 * compiled and stored). Reload: the service follows a copy of {@code rules/} and
 * {@code model-data/} ({@code cnmm.rules.follow-folder}); one threshold in one rule file is
 * changed, and the time runs from the write until {@code GET /api/rulesets/active} names the new
 * version as loaded. Each change is a new threshold, so each reload compiles.
 *
 * <p>Run: {@code ./mvnw -Pbench package -DskipTests exec:exec -Dbench.main=io.cnmm.benchmark.StartAndReload
 * -Dbench.args="3 5"} (starts, reloads).
 */
public final class StartAndReload {

    private static final Path RULE = Path.of("T/T-RM/T-RM-01.drl");
    private static final String THRESHOLD = "containerized_pct\", number >= 25)";
    private static final Pattern LOADED = Pattern.compile("\"loadedHere\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern RULESET_READY = Pattern.compile("Ruleset ready in (\\d+) ms");
    private static final Pattern RELOADED = Pattern.compile("compiled in (\\d+) ms");

    private StartAndReload() {
    }

    public static void main(String[] args) throws Exception {
        int starts = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int reloads = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path workspace = PackagedService.copyOfTheFolders();
        Map<String, String> environment = Map.of("CNMM_RULES_DIR", workspace.resolve("rules").toString(),
                "CNMM_MODEL_DATA_DIR", workspace.resolve("model-data").toString(), "CNMM_RULES_FOLLOW_FOLDER", "true");
        System.out.println("| Start | Ready after | Of which the ruleset | Resident memory when ready |");
        System.out.println("|---|---|---|---|");
        for (int i = 1; i <= starts; i++) {
            long started = System.nanoTime();
            try (PackagedService service = PackagedService.start(environment)) {
                long ready = (System.nanoTime() - started) / 1_000_000;
                System.out.printf(Locale.ROOT, "| %d | %d ms | %s ms | %d MB |%n", i, ready,
                        last(RULESET_READY, service.log()), service.residentMegabytes());
                if (i == starts) {
                    reload(service, workspace.resolve("rules").resolve(RULE), reloads);
                }
            }
        }
    }

    private static void reload(PackagedService service, Path rule, int reloads) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String original = Files.readString(rule);
        if (!original.contains(THRESHOLD)) {
            throw new IllegalStateException(rule + " no longer holds " + THRESHOLD + "; update the benchmark");
        }
        System.out.println();
        System.out.println("| Reload | Save to loaded | Compilation (service log) |");
        System.out.println("|---|---|---|");
        List<Long> times = new ArrayList<>();
        for (int i = 1; i <= reloads; i++) {
            String before = loaded(http, service);
            long saved = System.nanoTime();
            Files.writeString(rule, original.replace(THRESHOLD, THRESHOLD.replace("25", Integer.toString(25 + i))));
            String now = before;
            long deadline = saved + Duration.ofMinutes(1).toNanos();
            while (now.equals(before) && System.nanoTime() < deadline) {
                Thread.sleep(10);
                now = loaded(http, service);
            }
            if (now.equals(before)) {
                throw new IllegalStateException("no reload within a minute; see the service log");
            }
            long millis = (System.nanoTime() - saved) / 1_000_000;
            times.add(millis);
            System.out.printf(Locale.ROOT, "| %d | %d ms | %s ms |%n", i, millis, last(RELOADED, service.log()));
        }
        System.out.printf(Locale.ROOT, "median save to loaded: %d ms%n", times.stream().sorted().toList().get(times.size() / 2));
    }

    private static String loaded(HttpClient http, PackagedService service) throws Exception {
        String body = http.send(Api.request(service.uri("/api/rulesets/active")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher loaded = LOADED.matcher(body);
        if (!loaded.find()) {
            throw new IllegalStateException("unexpected answer: " + body);
        }
        return loaded.group(1);
    }

    private static String last(Pattern pattern, String log) {
        Matcher matcher = pattern.matcher(log);
        String last = "?";
        while (matcher.find()) {
            last = matcher.group(1);
        }
        return last;
    }
}
