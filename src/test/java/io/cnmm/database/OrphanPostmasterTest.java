package io.cnmm.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code postmaster.pid} is only trusted when its process really is a PostgreSQL server of the same
 * data directory: pids are reused, and the process named could be anything.
 */
class OrphanPostmasterTest {

    @TempDir
    Path dataDirectory;

    @Test
    void leavesAProcessThatIsNotPostgresAloneAndRemovesTheStaleLock() throws Exception {
        Process unrelated = new ProcessBuilder("sleep", "600").start();
        try {
            writePidFile(unrelated.pid());

            assertThat(OrphanPostmaster.of(dataDirectory)).isEmpty();

            assertThat(unrelated.isAlive()).isTrue();
            assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
        } finally {
            unrelated.destroyForcibly().waitFor();
        }
    }

    @Test
    void neverTakesThisJvmForAnOrphan() throws Exception {
        writePidFile(ProcessHandle.current().pid());

        assertThat(OrphanPostmaster.of(dataDirectory)).isEmpty();
    }

    @Test
    void aLockWhoseProcessHasEndedIsLeftToPostgres() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        writePidFile(ended.pid());

        assertThat(OrphanPostmaster.of(dataDirectory)).isEmpty();
        assertThat(dataDirectory.resolve("postmaster.pid")).exists();
    }

    @Test
    void findsTheServerRunningOnThisDirectory() {
        Path data = dataDirectory.resolve("postgres");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data)) {
            assertThat(OrphanPostmaster.of(data)).hasValueSatisfying(
                    orphan -> assertThat(PostmasterProcess.servesDirectory(orphan.pid(), data)).isTrue());
            assertThat(PostmasterProcess.servesDirectory(ProcessHandle.current().pid(), data)).isFalse();
            assertThat(database.jdbcUrl()).isNotBlank();
        }
    }

    private void writePidFile(long pid) throws Exception {
        Files.writeString(dataDirectory.resolve("postmaster.pid"),
                pid + "\n" + dataDirectory + "\n1700000000\n5432\n/tmp\nlocalhost\n  1 2\nready   \n");
    }
}
