package io.kmipserver.server.keys;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Files that hold key-protection secrets: created whole (temporary file, forced to disk, atomic
 * rename, directory forced), with mode 0600 given at creation — never a chmod afterwards, so there is
 * no instant when the file exists with a looser mode. Directories are created 0700.
 */
final class SecretFiles {

    private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIRECTORY_MODE = PosixFilePermissions.fromString("rwx------");

    private SecretFiles() {}

    /** Writes a new file; fails with {@link FileAlreadyExistsException} if {@code target} exists. */
    static void writeNew(Path target, byte[] content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path temporary = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            try (FileChannel channel = posix(directory)
                    ? FileChannel.open(temporary, options, PosixFilePermissions.asFileAttribute(FILE_MODE))
                    : FileChannel.open(temporary, options)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            // No REPLACE_EXISTING: a concurrent creator wins and we fail instead of overwriting.
            Files.move(temporary, target);
            forceDirectory(directory);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Creates {@code directory} (and parents) with mode 0700 when missing, and forces its parent. */
    static void createPrivateDirectory(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        Path parent = directory.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            createPrivateDirectory(parent);
        }
        try {
            if (posix(parent)) {
                Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(DIRECTORY_MODE));
            } else {
                Files.createDirectory(directory);
            }
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(directory)) {
                throw e;
            }
        }
        forceDirectory(parent);
    }

    /** True when group or others may read, write or traverse {@code file}. */
    static boolean openToOthers(Path file) throws IOException {
        if (!posix(file.toAbsolutePath().getParent())) {
            return false;
        }
        Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
        for (PosixFilePermission permission : p) {
            if (!permission.name().startsWith("OWNER_")) {
                return true;
            }
        }
        return false;
    }

    /** Makes a completed rename or create durable: fsync of the directory entry (Linux). */
    private static void forceDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems refuse to open a directory for reading; the rename itself still stands.
            if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
                return;
            }
            throw e;
        }
    }

    private static boolean posix(Path directory) {
        return directory != null && Files.getFileAttributeView(directory, PosixFileAttributeView.class) != null;
    }
}
