package io.kmipserver.certs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * Writing files that must appear whole and, when secret, never be readable by anyone but the owner.
 *
 * <p>A secret file is <em>created</em> with mode 0600 (the permission is an attribute of the create
 * call, so there is no moment when it exists with a looser mode, as there would be with a chmod
 * afterwards). Content goes to a hidden temporary file in the same directory first, is forced to disk,
 * and is then renamed to its name, so a crash never leaves a half-written key or certificate that a
 * later start would mistake for a real one. The rename refuses an existing target: nothing is
 * overwritten.
 *
 * <p>Public because the server's key files (the software protector's master and root keys) follow
 * the same rules; one implementation serves both.
 */
public final class SecureFiles {
    static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecureFiles() {}

    /**
     * Writes {@code content} to the new file {@code target}.
     *
     * @param secret create the file with mode 0600 (on file systems with POSIX permissions)
     * @throws FileAlreadyExistsException when {@code target} exists; it is left untouched
     */
    public static void writeNew(Path target, byte[] content, boolean secret) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "refusing to overwrite");
        }
        byte[] suffix = new byte[6];
        RANDOM.nextBytes(suffix);
        Path temporary = directory.resolve("." + target.getFileName() + "." + HexFormat.of().formatHex(suffix) + ".tmp");
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            try (FileChannel channel = secret && isPosix(directory.getFileSystem())
                    ? FileChannel.open(temporary, options, PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE))
                    : FileChannel.open(temporary, options)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            // Without REPLACE_EXISTING the move fails on an existing target instead of replacing it.
            Files.move(temporary, target);
            forceDirectory(directory);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Creates {@code directory} and missing parents with mode 0700, and makes the new entry durable
     * (its parent forced). An existing directory is left as it is: it belongs to the operator.
     */
    public static void createPrivateDirectories(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (isPosix(directory.getFileSystem())) {
            FileAttribute<Set<PosixFilePermission>> mode = PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY);
            Files.createDirectories(directory, mode);
        } else {
            Files.createDirectories(directory);
        }
        Path parent = directory.toAbsolutePath().getParent();
        if (parent != null) {
            forceDirectory(parent);
        }
    }

    /** True when group or others may read, write or traverse {@code file} (never on non-POSIX file systems). */
    public static boolean openToOthers(Path file) throws IOException {
        if (!isPosix(file.getFileSystem())) {
            return false;
        }
        for (PosixFilePermission permission : Files.getPosixFilePermissions(file)) {
            if (!permission.name().startsWith("OWNER_")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPosix(FileSystem fileSystem) {
        return fileSystem.supportedFileAttributeViews().contains("posix");
    }

    /** Makes the rename durable (POSIX: fsync of the directory); best effort where unsupported. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some platforms cannot open a directory as a channel; the file itself is already synced.
        }
    }
}
