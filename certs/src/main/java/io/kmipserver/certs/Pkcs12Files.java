package io.kmipserver.certs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * PKCS#12 (RFC 7292) key stores: in memory for TLS key and trust managers, and as files for tools and
 * clients that want one file with key and chain.
 *
 * <p>Built with the JDK's {@code PKCS12} key store, whose JDK 17 defaults protect keys with
 * PBES2/AES-256 and an HMAC-SHA-256 integrity MAC; both SunJSSE and BCJSSE read the result. Files are
 * created with mode 0600 and never overwrite.
 */
public final class Pkcs12Files {
    private static final String TYPE = "PKCS12";

    private Pkcs12Files() {}

    /**
     * A PKCS#12 key store holding one private key entry: {@code key}'s key and chain under
     * {@code alias}, protected by {@code password}. Feed it to a {@code KeyManagerFactory}.
     */
    public static KeyStore keyStore(String alias, CertifiedKey key, char[] password) {
        try {
            KeyStore store = emptyStore();
            store.setKeyEntry(alias, key.privateKey(), password, key.chain().toArray(Certificate[]::new));
            return store;
        } catch (GeneralSecurityException e) {
            throw new PkiException("could not build a PKCS#12 key store for " + key.certificate().getSubjectX500Principal(), e);
        }
    }

    /**
     * A PKCS#12 key store holding only trusted certificate entries (aliases {@code trusted-0},
     * {@code trusted-1}, …). Feed it to a {@code TrustManagerFactory}.
     */
    public static KeyStore trustStore(Collection<X509Certificate> trusted) {
        try {
            KeyStore store = emptyStore();
            int index = 0;
            for (X509Certificate certificate : trusted) {
                store.setCertificateEntry("trusted-" + index++, certificate);
            }
            return store;
        } catch (GeneralSecurityException e) {
            throw new PkiException("could not build a PKCS#12 trust store", e);
        }
    }

    /** Writes {@link #keyStore} to the new file {@code file}, created with mode 0600. */
    public static void write(Path file, String alias, CertifiedKey key, char[] password) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            keyStore(alias, key, password).store(out, password);
        } catch (GeneralSecurityException e) {
            throw new PkiException("could not encode PKCS#12 file " + file, e);
        }
        byte[] bytes = out.toByteArray();
        try {
            SecureFiles.writeNew(file, bytes, true);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * Reads the private key entry {@code alias} with its chain.
     *
     * @throws PkiException when the password is wrong, the file is damaged, or there is no such key entry
     */
    public static CertifiedKey read(Path file, String alias, char[] password) throws IOException {
        return entry(load(file, password), alias, password, file);
    }

    /**
     * Reads the only private key entry of {@code file}, whatever its alias.
     *
     * @throws PkiException when the file does not hold exactly one private key entry
     */
    public static CertifiedKey read(Path file, char[] password) throws IOException {
        KeyStore store = load(file, password);
        List<String> keyAliases = new ArrayList<>();
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    keyAliases.add(alias);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new PkiException("could not list the entries of PKCS#12 file " + file, e);
        }
        if (keyAliases.size() != 1) {
            throw new PkiException("PKCS#12 file " + file + " holds " + keyAliases.size()
                    + " private key entries " + keyAliases + "; name the alias to read");
        }
        return entry(store, keyAliases.get(0), password, file);
    }

    private static KeyStore load(Path file, char[] password) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            KeyStore store = KeyStore.getInstance(TYPE);
            store.load(new ByteArrayInputStream(bytes), password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            // KeyStore.load reports a wrong password as an IOException caused by UnrecoverableKeyException.
            throw new PkiException("could not open PKCS#12 file " + file + ": wrong password or damaged file", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static CertifiedKey entry(KeyStore store, String alias, char[] password, Path file) {
        try {
            Key key = store.getKey(alias, password);
            if (!(key instanceof PrivateKey privateKey)) {
                throw new PkiException("PKCS#12 file " + file + " has no private key entry '" + alias + "'");
            }
            Certificate[] chain = store.getCertificateChain(alias);
            List<X509Certificate> certificates = new ArrayList<>(chain.length);
            for (Certificate certificate : chain) {
                certificates.add((X509Certificate) certificate);
            }
            return new CertifiedKey(privateKey, certificates);
        } catch (GeneralSecurityException e) {
            throw new PkiException("could not read entry '" + alias + "' of PKCS#12 file " + file, e);
        }
    }

    private static KeyStore emptyStore() throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(TYPE);
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new PkiException("could not initialise an empty PKCS#12 key store", e); // no stream: cannot happen
        }
        return store;
    }
}
