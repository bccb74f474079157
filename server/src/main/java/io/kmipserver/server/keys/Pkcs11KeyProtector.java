package io.kmipserver.server.keys;

import io.kmipserver.server.keys.KeyProtectionException.Reason;
import io.kmipserver.server.keys.Pkcs11Connection.RootKeys;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.ProviderException;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HSM key protector: each adapter's AES-256 root key lives in a PKCS#11 token as a sensitive,
 * non-extractable token object labelled {@code kmip-root-ADAPTER-vN}, and object material is
 * encrypted by the token under it with AES-GCM — the same blob and binding as the
 * {@link SoftwareKeyProtector} ({@link ProtectedMaterial}, {@link MaterialBinding}), with scheme
 * {@value #SCHEME}. The root keys' values never leave the token; the server sees only handles. AES
 * key wrap is not used because SunPKCS11 does not offer it over SoftHSM 2.6.
 *
 * <p>Everything random — object key material and every IV — comes from the token's RNG.
 *
 * <p><b>Sessions.</b> SunPKCS11 opens sessions on demand and pools them; it has no pool-size
 * setting. {@link Pkcs11Settings#sessions()} bounds the operations in flight (size it to the worker
 * threads), so the pool never grows beyond that and further callers wait for a session.
 *
 * <p><b>Failures.</b> When the token fails — removed, restarted, its login or sessions lost — the
 * call fails with {@link Reason#UNAVAILABLE} (a clear message, the PKCS#11 return value, never key
 * bytes) and the whole connection is dropped; the next call opens a new provider and logs in again,
 * so service resumes by itself once the token is back. Reconnects are tried at most once per
 * {@link Pkcs11Settings#reconnectBackoff()}. Wrong material is never returned: a blob that does not
 * authenticate under the GCM tag fails with {@link Reason#INTEGRITY}. Because SoftHSM reports a tag
 * mismatch as {@code CKR_GENERAL_ERROR} (which SunPKCS11 turns into {@code AEADBadTagException}, but
 * which a failing token returns too), a failed decryption is reported as {@code INTEGRITY} only when
 * a round trip under the same key succeeds right after; otherwise it is {@code UNAVAILABLE}.
 *
 * <p><b>Several nodes on one token.</b> Root keys are found by label, so every node sees every
 * adapter's keys. A version a node has not seen is looked up in the token at once; the current
 * version is re-read every {@link Pkcs11Settings#rootKeyRefresh()}. Create adapters and rotate root
 * keys on one node at a time: PKCS#11 has no create-if-absent, and two nodes racing would make two
 * objects with one label.
 *
 * <p>Login is per process and token in PKCS#11: SunPKCS11 does not log in again (and so does not
 * check the PIN) while the process is logged in, and {@link #close()} does not log out, which would
 * end the login of every other user of the token in the process.
 *
 * <p>Thread-safe. Root-key creation and rotation are serialised on this object.
 */
public final class Pkcs11KeyProtector implements KeyProtector {

    /** Scheme name written into every {@link ProtectedMaterial} this protector makes. */
    public static final String SCHEME = "pkcs11";

    private static final Logger LOG = LoggerFactory.getLogger(Pkcs11KeyProtector.class);

    /** Opens a connection to the token; the seam tests use to make a token go away. */
    @FunctionalInterface
    interface TokenConnector {
        Pkcs11Connection connect();
    }

    /** Work done with a connection, in one session. */
    @FunctionalInterface
    private interface TokenWork<T> {
        T run(Pkcs11Connection connection) throws GeneralSecurityException, IOException;
    }

    private final Pkcs11Settings settings;
    private final Pkcs11Pin pin;
    private final TokenConnector connector;
    private final Semaphore sessions;
    private final Object connectLock = new Object();
    private volatile Pkcs11Connection connection;
    private volatile boolean closed;
    private Instant lastConnectFailure;
    private String lastFailure;

    Pkcs11KeyProtector(Pkcs11Settings settings, Pkcs11Pin pin, TokenConnector connector) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.pin = Objects.requireNonNull(pin, "pin");
        this.connector = Objects.requireNonNull(connector, "connector");
        this.sessions = new Semaphore(settings.sessions(), true);
    }

    /**
     * Connects to the token and logs in. Fails at once when that is impossible (module missing, no
     * such slot or label, PIN refused), so a misconfigured server does not start. Takes ownership of
     * {@code pin}: it is kept to log in again after a lost session and zeroed by {@link #close()}.
     *
     * @throws KeyProtectionException {@code UNAVAILABLE} with a message naming the token and the cause
     */
    public static Pkcs11KeyProtector open(Pkcs11Settings settings, Pkcs11Pin pin) {
        Pkcs11KeyProtector protector = new Pkcs11KeyProtector(settings, pin, () -> Pkcs11Connection.open(settings, pin));
        try {
            Pkcs11Connection first = protector.connection();
            LOG.info("Key protector: {} via {}, up to {} concurrent sessions, PIN from {}", first.token(),
                    Pkcs11Tokens.modulePath(settings.library()), settings.sessions(), pin.source());
            return protector;
        } catch (RuntimeException e) {
            protector.close();
            throw e;
        }
    }

    /** The token label of an adapter's root key version: {@code kmip-root-ADAPTER-vN}. */
    public static String rootKeyLabel(String adapterId, int version) {
        ProtectorRules.checkAdapterId(adapterId);
        return Pkcs11Connection.alias(adapterId, version);
    }

    @Override
    public String scheme() {
        return SCHEME;
    }

    @Override
    public synchronized void createRootKey(String adapterId) {
        ProtectorRules.checkAdapterId(adapterId);
        withToken("root key creation", c -> {
            if (c.reload(adapterId, true) == null) {
                c.createRootKey(adapterId, 1);
                requireVersion(c, adapterId, 1);
                LOG.info("Created root key {} in {}", Pkcs11Connection.alias(adapterId, 1), c.token());
            }
            return null;
        });
    }

    @Override
    public boolean hasRootKey(String adapterId) {
        ProtectorRules.checkAdapterId(adapterId);
        return withToken("root key lookup", c -> c.rootKeys(adapterId) != null);
    }

    @Override
    public int currentRootKeyVersion(String adapterId) {
        ProtectorRules.checkAdapterId(adapterId);
        return withToken("root key lookup", c -> existing(c, adapterId).current());
    }

    @Override
    public byte[] generateKeyMaterial(int bits) {
        ProtectorRules.checkMaterialBits(bits);
        return withToken("key generation", c -> {
            byte[] material = new byte[bits / 8];
            c.randomBytes(material);
            return material;
        });
    }

    @Override
    public ProtectedMaterial protect(String adapterId, String uniqueIdentifier, byte[] plaintext) {
        ProtectorRules.checkAdapterId(adapterId);
        Objects.requireNonNull(plaintext, "plaintext");
        byte[] aad = MaterialBinding.associatedData(adapterId, uniqueIdentifier);
        return withToken("protect", c -> {
            RootKeys keys = existing(c, adapterId);
            int version = keys.current();
            byte[] iv = new byte[ProtectorRules.IV_BYTES];
            c.randomBytes(iv);
            byte[] sealed = c.gcm(Cipher.ENCRYPT_MODE, keys.versions().get(version), iv, aad, plaintext);
            return new ProtectedMaterial(SCHEME, version, iv, sealed);
        });
    }

    @Override
    public byte[] unprotect(String adapterId, String uniqueIdentifier, ProtectedMaterial material) {
        ProtectorRules.checkAdapterId(adapterId);
        Objects.requireNonNull(material, "material");
        ProtectorRules.checkReadable(SCHEME, uniqueIdentifier, material);
        byte[] aad = MaterialBinding.associatedData(adapterId, uniqueIdentifier);
        return withToken("unprotect", c -> {
            SecretKey key = c.rootKey(adapterId, material.rootKeyVersion());
            try {
                return c.gcm(Cipher.DECRYPT_MODE, key, material.iv(), aad, material.ciphertext());
            } catch (GeneralSecurityException | ProviderException e) {
                // A blob that does not authenticate comes back as CKR_GENERAL_ERROR from SoftHSM, a
                // truncated one as a length error: if the token does a round trip under the same key
                // now, the blob is at fault; otherwise the token is.
                if (c.probe(key)) {
                    throw ProtectorRules.integrityFailure(adapterId, uniqueIdentifier);
                }
                throw e;
            }
        });
    }

    @Override
    public synchronized int rotateRootKey(String adapterId) {
        ProtectorRules.checkAdapterId(adapterId);
        return withToken("root key rotation", c -> {
            RootKeys keys = c.reload(adapterId, true);
            if (keys == null) {
                throw new KeyProtectionException(Reason.ROOT_KEY_MISSING,
                        "adapter " + adapterId + " has no root key to rotate");
            }
            int next = keys.current() + 1;
            c.createRootKey(adapterId, next);
            requireVersion(c, adapterId, next);
            LOG.info("Rotated root key of adapter {} to version {} in {}", adapterId, next, c.token());
            return next;
        });
    }

    @Override
    public ProtectedMaterial rewrap(String adapterId, String uniqueIdentifier, ProtectedMaterial material) {
        return ProtectorRules.rewrap(this, adapterId, uniqueIdentifier, material);
    }

    @Override
    public ProtectorHealth health() {
        if (closed) {
            return ProtectorHealth.down("PKCS#11 key protector is closed");
        }
        try {
            String ready = withToken("health check", c -> {
                if (!c.probe(c.anyLoadedRootKey())) {
                    throw new ProviderException("the token's AES-GCM round trip gave back other bytes");
                }
                return c.token() + " ready, root keys of " + c.cachedAdapters() + " adapter(s) loaded";
            });
            return ProtectorHealth.up(ready + ", " + sessions.availablePermits() + " of " + settings.sessions()
                    + " sessions free");
        } catch (KeyProtectionException e) {
            return ProtectorHealth.down(e.getMessage());
        }
    }

    /** Drops the connection and zeroes the PIN; does not log out (see the class comment). */
    @Override
    public void close() {
        synchronized (connectLock) {
            closed = true;
            connection = null;
        }
        pin.destroy();
    }

    private static RootKeys existing(Pkcs11Connection c, String adapterId) throws GeneralSecurityException, IOException {
        RootKeys keys = c.rootKeys(adapterId);
        if (keys == null) {
            throw new KeyProtectionException(Reason.ROOT_KEY_MISSING, "adapter " + adapterId + " has no root key");
        }
        return keys;
    }

    private static void requireVersion(Pkcs11Connection c, String adapterId, int version)
            throws GeneralSecurityException, IOException {
        RootKeys keys = c.reload(adapterId, true);
        if (keys == null || !keys.versions().containsKey(version)) {
            throw new KeyProtectionException(Reason.UNAVAILABLE, "root key " + Pkcs11Connection.alias(adapterId, version)
                    + " was stored but is not found in " + c.token());
        }
    }

    /**
     * Runs {@code work} in one of the sessions with the current connection, connecting first if
     * needed. A token failure drops the connection and becomes {@code UNAVAILABLE}.
     */
    private <T> T withToken(String action, TokenWork<T> work) {
        ensureOpen();
        acquireSession(action);
        Pkcs11Connection c = null;
        try {
            c = connection();
            return work.run(c);
        } catch (KeyProtectionException e) {
            if (e.reason() == Reason.UNAVAILABLE && c != null) {
                drop(c, e.getMessage());
            }
            throw e;
        } catch (GeneralSecurityException | IOException | ProviderException e) {
            String what = Pkcs11Failures.describe(e);
            if (c == null) {
                throw new KeyProtectionException(Reason.UNAVAILABLE, "PKCS#11 " + action + " failed: " + what, e);
            }
            drop(c, what);
            throw new KeyProtectionException(Reason.UNAVAILABLE, c.token() + " failed during " + action + " ("
                    + what + "); the server reconnects on the next request", e);
        } finally {
            sessions.release();
        }
    }

    private void acquireSession(String action) {
        try {
            if (!sessions.tryAcquire(settings.sessionWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new KeyProtectionException(Reason.UNAVAILABLE, "all " + settings.sessions()
                        + " PKCS#11 sessions stayed busy for " + settings.sessionWait().toSeconds() + " s; " + action
                        + " not done");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeyProtectionException(Reason.UNAVAILABLE, "interrupted while waiting for a PKCS#11 session");
        }
    }

    /** The live connection, opening one when there is none and the backoff allows. */
    private Pkcs11Connection connection() {
        Pkcs11Connection c = connection;
        if (c != null) {
            return c;
        }
        synchronized (connectLock) {
            ensureOpen();
            if (connection != null) {
                return connection;
            }
            Instant now = settings.clock().instant();
            if (lastConnectFailure != null && now.isBefore(lastConnectFailure.plus(settings.reconnectBackoff()))) {
                throw new KeyProtectionException(Reason.UNAVAILABLE, lastFailure);
            }
            try {
                c = connector.connect();
            } catch (RuntimeException e) {
                KeyProtectionException failure = e instanceof KeyProtectionException
                        ? (KeyProtectionException) e
                        : new KeyProtectionException(Reason.UNAVAILABLE,
                                "cannot open " + settings.describeToken() + ": " + Pkcs11Failures.describe(e), e);
                if (lastConnectFailure == null && lastFailure != null) {
                    LOG.warn("Reconnecting to the PKCS#11 token failed: {}", failure.getMessage());
                }
                lastConnectFailure = now;
                lastFailure = failure.getMessage();
                throw failure;
            }
            if (lastFailure != null) {
                LOG.info("Reconnected to {}", c.token());
            }
            lastConnectFailure = null;
            lastFailure = null;
            connection = c;
            return c;
        }
    }

    /** Forgets {@code failed} (once, however many calls saw it fail) so the next call reconnects. */
    private void drop(Pkcs11Connection failed, String why) {
        synchronized (connectLock) {
            if (connection == failed) {
                connection = null;
                lastFailure = failed.token() + " is unavailable (" + why + ")";
                LOG.warn("Lost the PKCS#11 session with {} ({}); reconnecting on the next request", failed.token(), why);
            }
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new KeyProtectionException(Reason.UNAVAILABLE, "key protector is closed");
        }
    }
}
