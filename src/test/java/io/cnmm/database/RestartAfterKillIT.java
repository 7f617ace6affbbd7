package io.cnmm.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.cnmm.testsupport.ServiceProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the packaged service leaves its embedded PostgreSQL running (a daemon holding
 * {@code postmaster.pid}); the next start must stop that orphan and be ready the first time, with the
 * acknowledged assessment still stored.
 */
// The service's own embedded PostgreSQL, whichever database the other tests use: it runs in the
// embedded pass of .ci/run and would only repeat itself in the external one.
@DisabledIfSystemProperty(named = "test.jdbc-url", matches = ".+")
class RestartAfterKillIT {

    @TempDir
    Path folder;

    @Test
    void theNextStartStopsTheOrphanedPostgresAndIsReadyFirstTime() throws Exception {
        String body = Files.readString(Path.of("model-data/examples/progressing.json"));
        ServiceProcess first = ServiceProcess.start(folder, "first.log");
        String enterprise = first.createEnterprise("Killed mid-flight");
        var stored = first.post("/api/enterprises/" + enterprise + "/assessments", body);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        String assessment = ServiceProcess.idIn(stored.body());

        first.kill();
        Optional<ProcessHandle> orphan = ServiceProcess.postmaster(folder);
        assertThat(orphan).as("the embedded PostgreSQL outlives a killed JVM").isPresent();

        ServiceProcess second = ServiceProcess.start(folder, "second.log"); // throws if this start fails
        try {
            assertThat(orphan.get().onExit()).as("the orphan was stopped").succeedsWithin(Duration.ofMinutes(1));
            assertThat(ServiceProcess.postmaster(folder)).hasValueSatisfying(
                    running -> assertThat(running.pid()).isNotEqualTo(orphan.get().pid()));
            var fetched = second.get("/api/assessments/" + assessment);
            assertThat(fetched.statusCode()).as(fetched.body()).isEqualTo(200);
            assertThat(second.log()).contains("left running on").doesNotContain("Gave up waiting", "TRACE");
        } finally {
            second.stop();
        }
        assertThat(ServiceProcess.postmaster(folder)).as("a SIGTERM stops the embedded PostgreSQL too").isEmpty();
        assertThat(second.log()).as("stopped after Quarkus").contains("stopping; the embedded PostgreSQL stops after");
    }
}
