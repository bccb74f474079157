package io.kmipserver.audit.index;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * Opening the index's SQLite file and the lock that keeps one writer (a server or a rebuild) per
 * index at a time.
 *
 * <p>{@code synchronous=NORMAL} in WAL mode: a power cut can lose the last transactions, never
 * corrupt the file. That is enough for derived data whose position is committed with its rows —
 * lost transactions are read from the journal again.
 */
final class IndexFiles {
    private IndexFiles() {
    }

    static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // everyone maps the file (reads without a system call per page); the writer also keeps a
        // large page cache: the identifier and correlation indexes take inserts all over
        config.setCacheSize(readOnly ? -16_384 : -524_288);
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, Long.toString(64L << 30));
        if (!readOnly) {
            // checkpoint every 64 MiB of WAL instead of every 4 MiB: a page that several commits
            // dirty (an append point of an index) is copied into the file once, not once per commit
            config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, "16384");
        }
        Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        if (readOnly) {
            try (var statement = connection.createStatement()) {
                statement.execute("PRAGMA query_only = true");
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        }
        return connection;
    }

    /**
     * Takes the index's writer lock ({@code index.lock} next to the file).
     *
     * @throws IndexLockedException when another process or another index in this JVM holds it
     */
    static FileLock lock(Path file) throws IOException {
        Path lockFile = file.resolveSibling("index.lock");
        Files.createDirectories(lockFile.getParent());
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new IndexLockedException(file);
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            channel.close();
            throw new IndexLockedException(file);
        }
    }

    static void release(FileLock lock) {
        try {
            lock.channel().close();
        } catch (IOException e) {
            // closing releases the lock; nothing else to do
        }
    }

    /** Deletes the index file and its WAL companions. */
    static void delete(Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }
}
