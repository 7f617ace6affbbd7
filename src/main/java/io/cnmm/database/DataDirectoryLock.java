package io.cnmm.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Which process owns an embedded data directory: an exclusive lock on a file beside it, held for as
 * long as the database runs. The operating system drops it when its process ends, {@code kill -9}
 * included, so a PostgreSQL server found on the directory while the lock can be taken was left by a
 * process that is gone, and one found while it cannot is another instance's live database.
 */
final class DataDirectoryLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock of {@code dataDirectory}, or an exception naming it when another process (or start) holds it. */
    static DataDirectoryLock acquire(Path dataDirectory) throws IOException {
        Path file = fileOf(dataDirectory);
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this JVM holds it already
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("another CNMM Assess is running on " + dataDirectory + " (it holds " + file
                    + "): stop it first, or give this one its own directory with CNMM_DATA_DIR");
        }
        return new DataDirectoryLock(channel, lock);
    }

    static Path fileOf(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the lock goes with the channel, and the channel with the process
        }
    }
}
