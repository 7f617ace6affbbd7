package io.cnmm.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void aSecondStartOnADirectoryInUseIsRefusedAndLeavesTheRunningServerAlone() throws Exception {
        Path data = dataDirectory.resolve("postgres");
        try (EmbeddedDatabase running = EmbeddedDatabase.start(data)) {
            long server = OrphanPostmaster.of(data).orElseThrow().pid();

            assertThatThrownBy(() -> EmbeddedDatabase.start(data)).hasMessageContaining("another CNMM Assess is running on");

            assertThat(ProcessHandle.of(server).filter(ProcessHandle::isAlive)).isPresent();
            try (var connection = java.sql.DriverManager.getConnection(running.jdbcUrl());
                 var result = connection.createStatement().executeQuery("select 1")) {
                assertThat(result.next()).isTrue();
            }
        }
    }

    @Test
    void theLockIsAnotherProcesssUntilThatProcessEnds() throws Exception {
        Path data = dataDirectory.resolve("postgres");
        // Another JVM holding the lock, as a running instance does; killed as kill -9 would.
        Path holder = Files.writeString(dataDirectory.resolve("Hold.java"), """
                public class Hold {
                    public static void main(String[] args) throws Exception {
                        var channel = java.nio.channels.FileChannel.open(java.nio.file.Path.of(args[0]),
                                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                        channel.lock();
                        System.out.println("locked");
                        Thread.sleep(600_000);
                    }
                }
                """);
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                holder.toString(), DataDirectoryLock.fileOf(data).toString()).start();
        try {
            assertThat(new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream())).readLine())
                    .isEqualTo("locked");
            assertThatThrownBy(() -> DataDirectoryLock.acquire(data)).hasMessageContaining("another CNMM Assess");
        } finally {
            other.destroyForcibly().waitFor();
        }
        DataDirectoryLock.acquire(data).close();
    }

    private void writePidFile(long pid) throws Exception {
        Files.writeString(dataDirectory.resolve("postmaster.pid"),
                pid + "\n" + dataDirectory + "\n1700000000\n5432\n/tmp\nlocalhost\n  1 2\nready   \n");
    }
}
