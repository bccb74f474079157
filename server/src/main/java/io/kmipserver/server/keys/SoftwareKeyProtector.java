package io.kmipserver.server.keys;

import io.kmipserver.certs.SecureFiles;
import io.kmipserver.server.keys.KeyProtectionException.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded key protector: the same scheme as the PKCS#11 protector (AES-256 root key per adapter,
 * AES-GCM with a fresh 96-bit IV, associated data from {@link MaterialBinding}), with the root keys
 * kept on disk encrypted under a master key file instead of inside a token.
 *
 * <p>Layout under the keys directory (e.g. {@code DATA/keys}, created 0700):
 * <pre>
 *   master.key                 32 random bytes, mode 0600, made on first start
 *   master.check               a fixed text sealed under the master key: proves at start that the
 *                              master key is the one the root keys were made under
 *   root/ADAPTER/vN.key        root key version N of adapter ADAPTER: IV (12) | AES-GCM(root key)
 *                              under the master key, AAD = "kmip-server/root-key/v1", adapter, N
 * </pre>
 * Root keys live in files beside the master key rather than in the object store so that the store
 * never holds anything that, together with a copy of the database alone, opens key material, and so
 * that a backup of the database without {@code keys/} is useless to a thief. Back up {@code keys/}
 * separately; losing {@code master.key} loses every key.
 *
 * <p>With random 96-bit IVs NIST SP 800-38D §8.3 limits one key to 2^32 encryptions; rotate an
 * adapter's root key long before it protects billions of objects.
 *
 * <p>Thread-safe: protect/unprotect run concurrently; root-key creation and rotation are serialised
 * on this object. Root keys are cached decrypted in memory after first use.
 */
public final class SoftwareKeyProtector implements KeyProtector {

    /** Scheme name written into every {@link ProtectedMaterial} this protector makes. */
    public static final String SCHEME = "software";

    static final String MASTER_KEY_FILE = "master.key";
    static final String MASTER_CHECK_FILE = "master.check";
    static final String ROOT_DIRECTORY = "root";

    private static final Logger LOG = LoggerFactory.getLogger(SoftwareKeyProtector.class);
    private static final String TRANSFORMATION = ProtectorRules.TRANSFORMATION;
    private static final int KEY_BYTES = ProtectorRules.ROOT_KEY_BYTES;
    private static final int IV_BYTES = ProtectorRules.IV_BYTES;
    private static final int TAG_BITS = ProtectorRules.TAG_BITS;
    private static final Pattern VERSION_FILE = Pattern.compile("v([1-9][0-9]{0,8})\\.key");
    private static final byte[] MASTER_CHECK_TEXT = "kmip-server/master-check/v1".getBytes(StandardCharsets.US_ASCII);

    /**
     * One AES-GCM Cipher per thread, initialised afresh for every call: {@code Cipher.getInstance}
     * walks the provider list each time, and SunJCE skips the AES key expansion when a Cipher is
     * initialised again with the key it had (the adapter's root key, on every Get).
     */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException e) {
            throw new KeyProtectionException(Reason.UNAVAILABLE, "AES-GCM is not available", e);
        }
    });

    private final Path directory;
    private final SecretKey masterKey;
    private final SecureRandom random;
    private final Map<String, AdapterRootKeys> cache = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** The root-key versions of one adapter; an immutable snapshot replaced on rotation. */
    private record AdapterRootKeys(NavigableMap<Integer, SecretKey> versions) {
        int current() {
            return versions.lastKey();
        }
    }

    private SoftwareKeyProtector(Path directory, SecretKey masterKey, SecureRandom random) {
        this.directory = directory;
        this.masterKey = masterKey;
        this.random = random;
    }

    /**
     * Opens the protector on {@code keysDirectory}, creating the directory, the master key file and
     * its check file on first start.
     *
     * @throws KeyProtectionException {@code INTEGRITY} when the master key does not match the check
     *     file (the file was replaced), {@code UNAVAILABLE} when the master key is missing although
     *     protected data exists, or on I/O failure
     */
    public static SoftwareKeyProtector open(Path keysDirectory) {
        Objects.requireNonNull(keysDirectory, "keysDirectory");
        SecureRandom random = new SecureRandom();
        try {
            SecureFiles.createPrivateDirectories(keysDirectory);
            Path masterFile = keysDirectory.resolve(MASTER_KEY_FILE);
            Path checkFile = keysDirectory.resolve(MASTER_CHECK_FILE);
            if (!Files.exists(masterFile)) {
                if (Files.exists(checkFile) || hasAnyRootKey(keysDirectory.resolve(ROOT_DIRECTORY))) {
                    throw new KeyProtectionException(Reason.UNAVAILABLE, "master key file " + masterFile
                            + " is missing but root keys protected by it exist; restore it from backup");
                }
                createMasterKey(masterFile, random);
                LOG.info("Created master key file {} (mode 0600); back it up with the rest of {}", masterFile,
                        keysDirectory);
            }
            SecretKey master = readMasterKey(masterFile);
            SoftwareKeyProtector protector = new SoftwareKeyProtector(keysDirectory, master, random);
            protector.verifyOrWriteCheck(checkFile);
            return protector;
        } catch (IOException e) {
            throw new KeyProtectionException(Reason.UNAVAILABLE,
                    "cannot open key directory " + keysDirectory + ": " + e.getClass().getSimpleName(), e);
        }
    }

    private static void createMasterKey(Path masterFile, SecureRandom random) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        try {
            SecureFiles.writeNew(masterFile, key, true);
        } catch (FileAlreadyExistsException e) {
            // Another process created it first; use theirs.
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static SecretKey readMasterKey(Path masterFile) throws IOException {
        if (SecureFiles.openToOthers(masterFile)) {
            LOG.warn("Master key file {} is accessible to group or others; restrict it to mode 0600", masterFile);
        }
        byte[] key = Files.readAllBytes(masterFile);
        try {
            if (key.length != KEY_BYTES) {
                throw new KeyProtectionException(Reason.INVALID_INPUT,
                        "master key file " + masterFile + " must hold exactly " + KEY_BYTES + " bytes");
            }
            return new SecretKeySpec(key, "AES");
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private void verifyOrWriteCheck(Path checkFile) throws IOException {
        byte[] aad = MASTER_CHECK_TEXT;
        if (!Files.exists(checkFile)) {
            SecureFiles.writeNew(checkFile, seal(masterKey, MASTER_CHECK_TEXT, aad), true);
            return;
        }
        byte[] opened = open(masterKey, Files.readAllBytes(checkFile), aad, () -> new KeyProtectionException(
                Reason.INTEGRITY, "master key " + directory.resolve(MASTER_KEY_FILE)
                        + " does not match the keys in " + directory + " (was the file replaced?)"));
        if (!Arrays.equals(opened, MASTER_CHECK_TEXT)) {
            throw new KeyProtectionException(Reason.INTEGRITY, "master check file " + checkFile + " is not valid");
        }
    }

    @Override
    public String scheme() {
        return SCHEME;
    }

    @Override
    public synchronized void createRootKey(String adapterId) {
        ensureOpen();
        checkAdapterId(adapterId);
        if (!loadVersions(adapterId).isEmpty()) {
            return;
        }
        writeRootKeyVersion(adapterId, 1);
    }

    @Override
    public boolean hasRootKey(String adapterId) {
        ensureOpen();
        checkAdapterId(adapterId);
        return cache.containsKey(adapterId) || !loadVersions(adapterId).isEmpty();
    }

    @Override
    public int currentRootKeyVersion(String adapterId) {
        return rootKeys(adapterId).current();
    }

    @Override
    public byte[] generateKeyMaterial(int bits) {
        ensureOpen();
        ProtectorRules.checkMaterialBits(bits);
        byte[] material = new byte[bits / 8];
        random.nextBytes(material);
        return material;
    }

    @Override
    public ProtectedMaterial protect(String adapterId, String uniqueIdentifier, byte[] plaintext) {
        Objects.requireNonNull(plaintext, "plaintext");
        AdapterRootKeys keys = rootKeys(adapterId);
        int version = keys.current();
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, keys.versions().get(version), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(MaterialBinding.associatedData(adapterId, uniqueIdentifier));
            return new ProtectedMaterial(SCHEME, version, iv, cipher.doFinal(plaintext));
        } catch (GeneralSecurityException e) {
            throw new KeyProtectionException(Reason.UNAVAILABLE, "AES-GCM encryption failed", e);
        }
    }

    @Override
    public byte[] unprotect(String adapterId, String uniqueIdentifier, ProtectedMaterial material) {
        Objects.requireNonNull(material, "material");
        ProtectorRules.checkReadable(SCHEME, uniqueIdentifier, material);
        AdapterRootKeys keys = rootKeys(adapterId);
        SecretKey rootKey = keys.versions().get(material.rootKeyVersion());
        if (rootKey == null) {
            throw ProtectorRules.missingVersion(adapterId, material.rootKeyVersion());
        }
        byte[] iv = material.iv();
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, rootKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(MaterialBinding.associatedData(adapterId, uniqueIdentifier));
            return cipher.doFinal(material.ciphertext());
        } catch (AEADBadTagException e) {
            throw ProtectorRules.integrityFailure(adapterId, uniqueIdentifier);
        } catch (GeneralSecurityException e) {
            throw new KeyProtectionException(Reason.UNAVAILABLE, "AES-GCM decryption failed", e);
        }
    }

    @Override
    public synchronized int rotateRootKey(String adapterId) {
        ensureOpen();
        checkAdapterId(adapterId);
        NavigableMap<Integer, SecretKey> versions = loadVersions(adapterId);
        if (versions.isEmpty()) {
            throw new KeyProtectionException(Reason.ROOT_KEY_MISSING, "adapter " + adapterId + " has no root key to rotate");
        }
        int next = versions.lastKey() + 1;
        writeRootKeyVersion(adapterId, next);
        LOG.info("Rotated root key of adapter {} to version {}", adapterId, next);
        return next;
    }

    @Override
    public ProtectedMaterial rewrap(String adapterId, String uniqueIdentifier, ProtectedMaterial material) {
        return ProtectorRules.rewrap(this, adapterId, uniqueIdentifier, material);
    }

    @Override
    public ProtectorHealth health() {
        if (closed) {
            return ProtectorHealth.down("software key protector is closed");
        }
        if (!Files.isReadable(directory.resolve(MASTER_KEY_FILE))) {
            return ProtectorHealth.down("master key file is no longer readable in " + directory);
        }
        return ProtectorHealth.up("software key protector, root keys of " + cache.size() + " adapter(s) loaded");
    }

    @Override
    public void close() {
        closed = true;
        cache.clear();
    }

    private AdapterRootKeys rootKeys(String adapterId) {
        ensureOpen();
        AdapterRootKeys keys = adapterId == null ? null : cache.get(adapterId);
        if (keys != null) {
            return keys; // only ids that passed checkAdapterId are cached
        }
        checkAdapterId(adapterId);
        NavigableMap<Integer, SecretKey> versions = loadVersions(adapterId);
        if (versions.isEmpty()) {
            throw new KeyProtectionException(Reason.ROOT_KEY_MISSING, "adapter " + adapterId + " has no root key");
        }
        return cache.computeIfAbsent(adapterId, id -> new AdapterRootKeys(versions));
    }

    /** Reads and decrypts every root-key version of the adapter from disk; empty when none. */
    private NavigableMap<Integer, SecretKey> loadVersions(String adapterId) {
        Path adapterDirectory = directory.resolve(ROOT_DIRECTORY).resolve(adapterId);
        NavigableMap<Integer, SecretKey> versions = new TreeMap<>();
        try (Stream<Path> files = Files.list(adapterDirectory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher m = VERSION_FILE.matcher(file.getFileName().toString());
                if (m.matches()) {
                    int version = Integer.parseInt(m.group(1));
                    versions.put(version, readRootKey(adapterId, version, file));
                }
            }
        } catch (NoSuchFileException e) {
            return versions;
        } catch (IOException | UncheckedIOException e) {
            throw new KeyProtectionException(Reason.UNAVAILABLE,
                    "cannot read root keys of adapter " + adapterId + ": " + e.getClass().getSimpleName(), e);
        }
        return Collections.unmodifiableNavigableMap(versions);
    }

    private SecretKey readRootKey(String adapterId, int version, Path file) throws IOException {
        byte[] key = open(masterKey, Files.readAllBytes(file), rootKeyAad(adapterId, version),
                () -> new KeyProtectionException(Reason.INTEGRITY, "root key version " + version + " of adapter "
                        + adapterId + " does not authenticate under the master key"));
        try {
            if (key.length != KEY_BYTES) {
                throw new KeyProtectionException(Reason.INTEGRITY,
                        "root key version " + version + " of adapter " + adapterId + " has a wrong length");
            }
            return new SecretKeySpec(key, "AES");
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Called with the monitor held. */
    private void writeRootKeyVersion(String adapterId, int version) {
        Path adapterDirectory = directory.resolve(ROOT_DIRECTORY).resolve(adapterId);
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        try {
            SecureFiles.createPrivateDirectories(adapterDirectory);
            SecureFiles.writeNew(adapterDirectory.resolve("v" + version + ".key"),
                    seal(masterKey, key, rootKeyAad(adapterId, version)), true);
        } catch (IOException e) {
            throw new KeyProtectionException(Reason.UNAVAILABLE,
                    "cannot write root key of adapter " + adapterId + ": " + e.getClass().getSimpleName(), e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
        cache.put(adapterId, new AdapterRootKeys(loadVersions(adapterId)));
    }

    private static byte[] rootKeyAad(String adapterId, int version) {
        byte[] id = adapterId.getBytes(StandardCharsets.UTF_8);
        byte[] label = "kmip-server/root-key/v1".getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(label.length + 1 + 2 + id.length + 4)
                .put(label).put((byte) 0).putShort((short) id.length).put(id).putInt(version).array();
    }

    /** IV (12) | AES-GCM ciphertext and tag. */
    private byte[] seal(SecretKey key, byte[] plaintext, byte[] aad) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad);
            byte[] ciphertext = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(IV_BYTES + ciphertext.length).put(iv).put(ciphertext).array();
        } catch (GeneralSecurityException e) {
            throw new KeyProtectionException(Reason.UNAVAILABLE, "AES-GCM encryption failed", e);
        }
    }

    private static byte[] open(SecretKey key, byte[] sealed, byte[] aad,
            Supplier<KeyProtectionException> onTagFailure) {
        if (sealed.length < IV_BYTES + TAG_BITS / 8) {
            throw onTagFailure.get();
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(aad);
            return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (AEADBadTagException e) {
            throw onTagFailure.get();
        } catch (GeneralSecurityException e) {
            throw new KeyProtectionException(Reason.UNAVAILABLE, "AES-GCM decryption failed", e);
        }
    }

    private static boolean hasAnyRootKey(Path rootDirectory) throws IOException {
        if (!Files.isDirectory(rootDirectory)) {
            return false;
        }
        try (Stream<Path> adapters = Files.list(rootDirectory)) {
            return adapters.findAny().isPresent();
        }
    }

    private static void checkAdapterId(String adapterId) {
        ProtectorRules.checkAdapterId(adapterId);
    }

    private void ensureOpen() {
        if (closed) {
            throw new KeyProtectionException(Reason.UNAVAILABLE, "key protector is closed");
        }
    }
}
