package io.cnmm.rescoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.cnmm.testsupport.Bundles;
import io.cnmm.testsupport.ServiceProcess;
import io.restassured.path.json.JsonPath;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three packaged services (separate JVMs) on one PostgreSQL, clients submitting throughout, a
 * re-scoring in small batches, and {@code kill -9} of one replica while it holds a batch and a client
 * is submitting to it: the two others finish the run once the dead replica's lease runs out, each
 * original is re-evaluated exactly once, every acknowledged submission (the dead one's too) is stored,
 * and the seal chains verify.
 */
class ReplicasUnderFaultsIT {

    /** Enough originals for many batches of {@link #BATCH}, so the run is still going when the victim dies. */
    private static final int ORIGINALS = 120;
    private static final int BATCH = 2;
    /** Short, so that the dead replica's batch is free again soon; the survivors renew theirs every poll. */
    private static final String LEASE = "10s";
    /** A safety net for a hung run, not a speed check: a loaded 2-core machine needs well under a minute. */
    private static final Duration CEILING = Duration.ofMinutes(10);
    private static final String VICTIM = "victim";

    @TempDir
    Path folder;

    @Test
    void theOthersFinishARunWhoseReplicaWasKilledHoldingABatch() throws Exception {
        try (OneDatabase database = OneDatabase.open()) {
            List<ServiceProcess> running = new ArrayList<>();
            AtomicBoolean submitting = new AtomicBoolean(true);
            ExecutorService threads = Executors.newCachedThreadPool();
            try {
                // One first, so the migrations and the first administrator happen once; then the other two together.
                ServiceProcess survivorA = database.start("survivor-a", folder);
                running.add(survivorA);
                Future<ServiceProcess> victimStart = threads.submit(() -> database.start(VICTIM, folder));
                Future<ServiceProcess> survivorBStart = threads.submit(() -> database.start("survivor-b", folder));
                ServiceProcess victim = victimStart.get();
                running.add(victim);
                ServiceProcess survivorB = survivorBStart.get();
                running.add(survivorB);

                Set<String> originals = seed(survivorA);

                // A client of the victim's own, acknowledged a few times before the run starts, so that it is
                // still submitting to the victim when it dies.
                ConcurrentLinkedQueue<String> acknowledgedByVictim = new ConcurrentLinkedQueue<>();
                Future<?> victimClient = threads.submit(() -> submitUntilStopped(victim, submitting,
                        acknowledgedByVictim, new AtomicInteger()));
                awaitAcknowledged(acknowledgedByVictim, 3);

                // Started on the victim, which wakes its worker at once: it claims the first batches.
                HttpResponse<String> started = victim.post("/api/rulesets/" + Bundles.shippedDigest() + "/rescorings",
                        "{\"author\": \"faults\", \"scope\": \"all\", \"batchSize\": " + BATCH + "}");
                assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
                UUID run = UUID.fromString(ServiceProcess.idIn(started.body()));

                ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
                AtomicInteger refused = new AtomicInteger();
                Future<?> client = threads.submit(() -> submitUntilStopped(survivorB, submitting, acknowledged, refused));

                List<Integer> heldAtDeath = freezeHoldingABatch(database, victim, run);
                victim.kill();
                running.remove(victim);
                victimClient.get(); // ends with the connection the kill cut

                JsonPath progress = awaitFinished(survivorA, run);
                submitting.set(false);
                client.get();

                assertThat(progress.getString("status")).as(progress.prettify()).isEqualTo("done");
                // The run's originals: the seeded ones and the victim client's first submissions, fixed when it started.
                List<String> planned = database.plannedIn(run);
                assertThat(planned).as("the run's originals, each in one batch").doesNotHaveDuplicates()
                        .containsAll(originals).hasSizeGreaterThanOrEqualTo(ORIGINALS);
                assertThat(progress.getInt("total")).isEqualTo(planned.size());
                assertThat(progress.getInt("processed")).isEqualTo(planned.size());
                assertThat(database.reevaluationsOf(run)).as("each original re-evaluated exactly once")
                        .hasSize(planned.size()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(planned);
                assertThat(database.doneBy(run, heldAtDeath)).as("the dead replica's batches, stored by the survivors")
                        .hasSize(heldAtDeath.size()).allSatisfy(replica -> assertThat(replica).startsWith("survivor-"));
                assertThat(acknowledged).as("the client submitted during the run (%d not acknowledged)", refused.get())
                        .isNotEmpty();
                assertThat(database.stored(acknowledged)).as("every 201 is stored").isEqualTo(acknowledged.size());
                assertThat(database.stored(acknowledgedByVictim)).as("every 201 of the killed replica is stored")
                        .isEqualTo(acknowledgedByVictim.size());

                System.out.printf("victim held batches %s at its death and had acknowledged %d submissions;"
                        + " %d acknowledged by the others during the run, %d not%n",
                        heldAtDeath, acknowledgedByVictim.size(), acknowledged.size(), refused.get());
                HttpResponse<String> verification = survivorA.get("/api/audit/verification");
                assertThat(verification.statusCode()).as(verification.body()).isEqualTo(200);
                assertThat(JsonPath.from(verification.body()).getBoolean("valid")).as(verification.body()).isTrue();
            } finally {
                submitting.set(false);
                threads.shutdownNow();
                for (ServiceProcess service : running) {
                    service.stop();
                }
            }
        }
    }

    /**
     * Stores {@link #ORIGINALS} assessments of the three example profiles, one enterprise each, from a
     * few clients (more than the connection pool would get 503s); returns their ids.
     */
    private static Set<String> seed(ServiceProcess service) throws Exception {
        List<String> bodies = examples();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<String>> stored = new ArrayList<>();
        for (int i = 0; i < ORIGINALS; i++) {
            String body = bodies.get(i % bodies.size());
            stored.add(threads.submit(() -> submit(service, body)));
        }
        Set<String> ids = new HashSet<>();
        for (Future<String> each : stored) {
            ids.add(each.get());
        }
        threads.shutdown();
        return ids;
    }

    private static String submit(ServiceProcess service, String body) throws Exception {
        String enterprise = service.createEnterprise("Under faults " + UUID.randomUUID());
        HttpResponse<String> response = service.post("/api/enterprises/" + enterprise + "/assessments", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ServiceProcess.idIn(response.body());
    }

    /** One client submitting one after the other until told to stop; keeps the ids of the 201s. */
    private static Void submitUntilStopped(ServiceProcess service, AtomicBoolean submitting,
                                           ConcurrentLinkedQueue<String> acknowledged, AtomicInteger refused)
            throws Exception {
        List<String> bodies = examples();
        String enterprise = service.createEnterprise("Submitting during the run");
        for (int i = 0; submitting.get(); i++) {
            HttpResponse<String> response;
            try {
                response = service.post("/api/enterprises/" + enterprise + "/assessments", bodies.get(i % bodies.size()));
            } catch (IOException cut) {
                // The kill cuts the connection a moment before the JVM has reaped the process: wait for that.
                if (!service.exitsWithin(CEILING)) {
                    throw cut;
                }
                return null; // killed with this request in flight: not acknowledged, so the client knows nothing of it
            }
            if (response.statusCode() == 201) {
                acknowledged.add(ServiceProcess.idIn(response.body()));
            } else {
                refused.incrementAndGet();
            }
        }
        return null;
    }

    private static List<String> examples() throws Exception {
        List<String> bodies = new ArrayList<>();
        for (String profile : List.of("just-starting", "progressing", "leading")) {
            bodies.add(Files.readString(Path.of("model-data/examples/" + profile + ".json")));
        }
        return bodies;
    }

    /**
     * Waits until the victim holds a batch, then freezes it (SIGSTOP) so that it cannot finish the batch
     * between the test's look and the {@code kill -9}; returns the batches it holds, frozen.
     */
    private static List<Integer> freezeHoldingABatch(OneDatabase database, ServiceProcess victim, UUID run)
            throws Exception {
        long deadline = System.nanoTime() + CEILING.toNanos();
        while (true) {
            assertThat(database.status(run)).as("the run is still going before the victim took a batch")
                    .isEqualTo("running");
            assertThat(System.nanoTime()).as("the victim claimed a batch").isLessThan(deadline);
            if (!database.heldBy(run, VICTIM).isEmpty()) {
                victim.freeze();
                List<Integer> held = database.heldBy(run, VICTIM);
                if (!held.isEmpty()) {
                    return held;
                }
                victim.thaw(); // it stored the batch between the two looks
            }
            Thread.sleep(5);
        }
    }

    private static void awaitAcknowledged(ConcurrentLinkedQueue<String> acknowledged, int count) throws Exception {
        long deadline = System.nanoTime() + CEILING.toNanos();
        while (acknowledged.size() < count) {
            assertThat(System.nanoTime()).as("the victim acknowledged %d submissions", count).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static JsonPath awaitFinished(ServiceProcess service, UUID run) throws Exception {
        long deadline = System.nanoTime() + CEILING.toNanos();
        while (true) {
            HttpResponse<String> response = service.get("/api/rescorings/" + run);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonPath progress = JsonPath.from(response.body());
            if (!"running".equals(progress.getString("status"))) {
                return progress;
            }
            assertThat(System.nanoTime()).as("the run finished within " + CEILING + ": " + response.body())
                    .isLessThan(deadline);
            Thread.sleep(1_000);
        }
    }

    /**
     * The one PostgreSQL database the three replicas share: a throwaway database on the external
     * server when {@code -Dtest.jdbc-url} is set (CI's second pass), else an embedded server in this JVM.
     */
    private static final class OneDatabase implements AutoCloseable {

        private final EmbeddedPostgres embedded;
        private final String server;
        private final String name;
        private final String url;
        private final String user;
        private final String password;

        private OneDatabase(EmbeddedPostgres embedded, String server, String name, String url, String user,
                            String password) {
            this.embedded = embedded;
            this.server = server;
            this.name = name;
            this.url = url;
            this.user = user;
            this.password = password;
        }

        static OneDatabase open() throws Exception {
            String external = System.getProperty("test.jdbc-url", "").strip();
            if (external.isEmpty()) {
                EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
                return new OneDatabase(embedded, null, null, embedded.getJdbcUrl("postgres", "postgres"), "postgres", "");
            }
            String user = System.getProperty("test.db-user", "postgres");
            String password = System.getProperty("test.db-password", "");
            String name = "cnmm_faults_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100_000;
            execute(external, user, password, "create database " + name);
            return new OneDatabase(null, external, name, external.replaceFirst("/[^/?]*(\\?.*)?$", "/" + name), user,
                    password);
        }

        ServiceProcess start(String replica, Path folder) throws Exception {
            return ServiceProcess.startOn(url, user, password, folder, replica + ".log", Map.of(
                    "HOSTNAME", replica, // the replica's name in rescoring_batch.claimed_by and done_by
                    "CNMM_RESCORING_LEASE", LEASE,
                    "CNMM_SECURITY_PASSWORD_COST", "4")); // every request signs in; the test is not about bcrypt
        }

        /** The numbers of the run's batches that {@code replica} has claimed and not stored. */
        List<Integer> heldBy(UUID run, String replica) throws SQLException {
            List<Integer> numbers = new ArrayList<>();
            try (Connection connection = connect(); PreparedStatement held = connection.prepareStatement(
                    "select number from rescoring_batch where rescoring_id = ? and claimed_by like ? and done_at is null")) {
                held.setObject(1, run);
                held.setString(2, replica + "/%");
                try (ResultSet rows = held.executeQuery()) {
                    while (rows.next()) {
                        numbers.add(rows.getInt(1));
                    }
                }
            }
            return numbers;
        }

        /** Who stored each of these batches (null for one not stored). */
        List<String> doneBy(UUID run, List<Integer> numbers) throws SQLException {
            try (Connection connection = connect(); PreparedStatement doneBy = connection.prepareStatement(
                    "select done_by from rescoring_batch where rescoring_id = ? and number = any(?)")) {
                doneBy.setObject(1, run);
                doneBy.setArray(2, connection.createArrayOf("integer", numbers.toArray()));
                return strings(doneBy);
            }
        }

        /** The original of each re-evaluation the run stored, one entry per stored re-evaluation. */
        List<String> reevaluationsOf(UUID run) throws SQLException {
            try (Connection connection = connect(); PreparedStatement of = connection.prepareStatement(
                    "select reevaluation_of::text from assessment where rescoring_id = ?")) {
                of.setObject(1, run);
                return strings(of);
            }
        }

        /** The originals the run's batches cover, one entry per batch entry. */
        List<String> plannedIn(UUID run) throws SQLException {
            try (Connection connection = connect(); PreparedStatement planned = connection.prepareStatement(
                    "select o.id::text from rescoring_batch b, unnest(b.assessment_ids) o(id) where b.rescoring_id = ?")) {
                planned.setObject(1, run);
                return strings(planned);
            }
        }

        String status(UUID run) throws SQLException {
            try (Connection connection = connect(); PreparedStatement status = connection.prepareStatement(
                    "select status from rescoring where id = ?")) {
                status.setObject(1, run);
                return strings(status).get(0);
            }
        }

        /** How many of these assessment ids are stored. */
        long stored(Iterable<String> ids) throws SQLException {
            List<UUID> uuids = new ArrayList<>();
            ids.forEach(id -> uuids.add(UUID.fromString(id)));
            try (Connection connection = connect(); PreparedStatement count = connection.prepareStatement(
                    "select count(*) from assessment where id = any(?)")) {
                count.setArray(1, connection.createArrayOf("uuid", uuids.toArray()));
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        }

        private static List<String> strings(PreparedStatement query) throws SQLException {
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }

        private Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public void close() throws Exception {
            if (embedded != null) {
                embedded.close();
            }
            if (name != null) {
                execute(server, user, password, "drop database if exists " + name + " with (force)");
            }
        }

        private static void execute(String server, String user, String password, String sql) throws SQLException {
            try (Connection connection = DriverManager.getConnection(server, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }
}
