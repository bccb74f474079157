package io.kmipserver.server.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * The {@code <db>-wal} file of a SQLite database, opened by us to force it ({@code fdatasync}) for
 * {@link WalSyncer}. SQLite creates the WAL when a connection first opens the database in WAL mode and
 * deletes it only when the last connection closes — never while the store's write connection is open —
 * but the file is opened lazily, at the first force, and opened again if the path names another file
 * than ours (recreated): a force must reach the file SQLite writes. A WAL truncated in place (a
 * {@code TRUNCATE} checkpoint, {@code journal_size_limit}) is the same file and needs nothing. When the
 * file is (re)opened the directory is forced too, as SQLite does for a journal it created: the file's
 * name must survive a power loss along with its frames.
 *
 * <p>Confined to the syncer thread.
 */
final class SqliteWalFile implements WalSyncer.Force {

    private final Path wal;
    private FileChannel channel;
    private Object fileKey;

    /** @param database the main database file; its WAL is {@code database + "-wal"} */
    SqliteWalFile(Path database) {
        Path absolute = database.toAbsolutePath();
        this.wal = absolute.resolveSibling(absolute.getFileName() + "-wal");
    }

    @Override
    public void force() throws IOException {
        BasicFileAttributes now;
        try {
            now = Files.readAttributes(wal, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            // No WAL: it was never written (a commit that changed nothing), or SQLite checkpointed every
            // frame into the database — which it forces first — and deleted it. Nothing to force.
            return;
        }
        if (channel == null || !Objects.equals(now.fileKey(), fileKey)) {
            reopen();
        }
        channel.force(false);
    }

    private void reopen() throws IOException {
        close();
        channel = FileChannel.open(wal, StandardOpenOption.WRITE);
        fileKey = Files.readAttributes(wal, BasicFileAttributes.class).fileKey();
        try (FileChannel directory = FileChannel.open(wal.getParent(), StandardOpenOption.READ)) {
            directory.force(true);
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }
}
