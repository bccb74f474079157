package io.kmipserver.certs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.X509TrustedCertificateBlock;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * PEM (RFC 7468) reading and writing of certificates, private keys and certification requests.
 *
 * <p>Written private keys are unencrypted PKCS#8 ({@code -----BEGIN PRIVATE KEY-----}, RFC 7468 §10)
 * in files created with mode 0600; reading accepts PKCS#8 and also OpenSSL's traditional
 * {@code EC PRIVATE KEY} (RFC 5915) and {@code RSA PRIVATE KEY} (RFC 8017 Appendix A.1.2) forms, with
 * or without a preceding {@code EC PARAMETERS} block. Encrypted private keys are refused with a clear
 * message rather than asked for a password.
 *
 * <p>Files are written whole or not at all and never overwrite an existing file: a write to an
 * existing path fails with {@link java.nio.file.FileAlreadyExistsException}. Reading a malformed file
 * fails with {@link PemFormatException} naming the file, never quoting its content. A certificate file
 * that also holds a private key is refused: certificate files are usually world-readable, and a key
 * inside one is a leak worth stopping on.
 */
public final class PemFiles {
    private static final String CERTIFICATE = "CERTIFICATE";
    private static final String PRIVATE_KEY = "PRIVATE KEY";
    private static final String CERTIFICATE_REQUEST = "CERTIFICATE REQUEST";

    private PemFiles() {}

    // ---- text ----

    /** PEM text of the certificates in the given order, one {@code CERTIFICATE} block each. */
    public static String certificatesToPem(Collection<X509Certificate> certificates) {
        List<PemObject> blocks = new ArrayList<>(certificates.size());
        for (X509Certificate certificate : certificates) {
            try {
                blocks.add(new PemObject(CERTIFICATE, certificate.getEncoded()));
            } catch (CertificateEncodingException e) {
                throw new PkiException("could not encode certificate " + certificate.getSubjectX500Principal(), e);
            }
        }
        return new String(encode(blocks), StandardCharsets.US_ASCII);
    }

    /**
     * Every certificate in PEM text, in file order.
     *
     * @throws PemFormatException when the text holds no certificate, or anything but certificates
     */
    public static List<X509Certificate> certificatesFromPem(String pem) {
        return parseCertificates(pem, "PEM text");
    }

    /** PEM text of an unencrypted PKCS#8 private key. Handle the result as the secret it is. */
    public static String privateKeyToPem(PrivateKey privateKey) {
        byte[] pem = encodePrivateKey(privateKey);
        try {
            return new String(pem, StandardCharsets.US_ASCII);
        } finally {
            Arrays.fill(pem, (byte) 0);
        }
    }

    /**
     * The private key in PEM text: PKCS#8, or traditional EC / RSA.
     *
     * @throws PemFormatException for no key, an encrypted key, or more than one key
     */
    public static PrivateKey privateKeyFromPem(String pem) {
        return parsePrivateKey(pem, "PEM text");
    }

    /** PEM text of a PKCS#10 certification request ({@code CERTIFICATE REQUEST}, RFC 7468 §7). */
    public static String csrToPem(PKCS10CertificationRequest csr) {
        try {
            return new String(encode(List.of(new PemObject(CERTIFICATE_REQUEST, csr.getEncoded()))),
                    StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new PkiException("could not encode certification request", e);
        }
    }

    /**
     * The PKCS#10 certification request in PEM text. Its signature is not checked here; the
     * {@link CertificateAuthority} checks it before signing.
     *
     * @throws PemFormatException when the text holds no certification request
     */
    public static PKCS10CertificationRequest csrFromPem(String pem) {
        return parseCsr(pem, "PEM text");
    }

    // ---- files ----

    /**
     * Creates {@code directory} and its missing parents with mode 0700, for files that include private
     * keys. An existing directory is left as it is.
     */
    public static void createPrivateDirectories(Path directory) throws IOException {
        SecureFiles.createPrivateDirectories(directory);
    }

    /** Writes the certificates to the new file {@code file}, e.g. a leaf followed by its CA. */
    public static void writeCertificates(Path file, Collection<X509Certificate> certificates) throws IOException {
        SecureFiles.writeNew(file, certificatesToPem(certificates).getBytes(StandardCharsets.US_ASCII), false);
    }

    /** Every certificate in {@code file}, in file order; at least one. */
    public static List<X509Certificate> readCertificates(Path file) throws IOException {
        return parseCertificates(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
    }

    /** The first certificate in {@code file}: the leaf of a chain file. */
    public static X509Certificate readCertificate(Path file) throws IOException {
        return readCertificates(file).get(0);
    }

    /** Writes the key as unencrypted PKCS#8 PEM to the new file {@code file}, created with mode 0600. */
    public static void writePrivateKey(Path file, PrivateKey privateKey) throws IOException {
        byte[] pem = encodePrivateKey(privateKey);
        try {
            SecureFiles.writeNew(file, pem, true);
        } finally {
            Arrays.fill(pem, (byte) 0);
        }
    }

    /** The private key in {@code file}: PKCS#8, or traditional EC / RSA. */
    public static PrivateKey readPrivateKey(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return parsePrivateKey(new String(bytes, StandardCharsets.US_ASCII), file.toString());
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Writes the certification request to the new file {@code file}. */
    public static void writeCsr(Path file, PKCS10CertificationRequest csr) throws IOException {
        SecureFiles.writeNew(file, csrToPem(csr).getBytes(StandardCharsets.US_ASCII), false);
    }

    /** The certification request in {@code file}. */
    public static PKCS10CertificationRequest readCsr(Path file) throws IOException {
        return parseCsr(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
    }

    /**
     * Writes a key and its chain as two new files: the key first (mode 0600), then the chain, leaf
     * first. Should the second write fail, the key file stays behind and the certificate can be
     * issued again for it.
     */
    public static void writeCertifiedKey(Path certificateFile, Path keyFile, CertifiedKey certifiedKey)
            throws IOException {
        writePrivateKey(keyFile, certifiedKey.privateKey());
        writeCertificates(certificateFile, certifiedKey.chain());
    }

    /**
     * Reads a key and its chain from two files and checks that the key belongs to the chain's leaf.
     *
     * @throws PkiException when the key does not match the leaf certificate
     */
    public static CertifiedKey readCertifiedKey(Path certificateFile, Path keyFile) throws IOException {
        List<X509Certificate> chain = readCertificates(certificateFile);
        PrivateKey privateKey = readPrivateKey(keyFile);
        if (!Keys.matches(privateKey, chain.get(0).getPublicKey())) {
            throw new PkiException("the private key in " + keyFile + " does not belong to the certificate "
                    + chain.get(0).getSubjectX500Principal().getName() + " in " + certificateFile);
        }
        return new CertifiedKey(privateKey, chain);
    }

    // ---- parsing and encoding ----

    private static List<X509Certificate> parseCertificates(String pem, String source) {
        List<X509Certificate> certificates = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        for (Object object : readObjects(pem, source)) {
            X509CertificateHolder holder;
            if (object instanceof X509CertificateHolder h) {
                holder = h;
            } else if (object instanceof X509TrustedCertificateBlock trusted) {
                holder = trusted.getCertificateHolder();
            } else if (isPrivateKey(object)) {
                throw new PemFormatException(source + " holds a private key; a certificate file must hold only"
                        + " certificates (and a private key belongs in a file only its owner can read)");
            } else {
                throw new PemFormatException(source + " holds a PEM block that is not a certificate");
            }
            try {
                certificates.add(converter.getCertificate(holder));
            } catch (CertificateException e) {
                throw new PemFormatException(source + " holds a damaged certificate", e);
            }
        }
        if (certificates.isEmpty()) {
            throw new PemFormatException(source + " holds no PEM certificate");
        }
        return certificates;
    }

    private static PrivateKey parsePrivateKey(String pem, String source) {
        PrivateKeyInfo found = null;
        for (Object object : readObjects(pem, source)) {
            PrivateKeyInfo info;
            if (object instanceof PrivateKeyInfo pkcs8) {
                info = pkcs8;
            } else if (object instanceof PEMKeyPair traditional) {
                info = traditional.getPrivateKeyInfo();
            } else if (object instanceof PKCS8EncryptedPrivateKeyInfo || object instanceof PEMEncryptedKeyPair) {
                throw new PemFormatException(source + " holds an encrypted private key; kmip-server reads"
                        + " unencrypted keys only (protect the file with its mode 0600 instead, or decrypt it with"
                        + " 'openssl pkcs8 -topk8 -nocrypt')");
            } else if (object instanceof ASN1ObjectIdentifier) {
                continue; // an "EC PARAMETERS" block naming the curve, as `openssl ecparam -genkey` writes
            } else {
                throw new PemFormatException(source + " holds a PEM block that is not a private key");
            }
            if (found != null) {
                throw new PemFormatException(source + " holds more than one private key");
            }
            found = info;
        }
        if (found == null) {
            throw new PemFormatException(source + " holds no PEM private key");
        }
        try {
            return Keys.privateKey(found);
        } catch (PkiException e) {
            throw new PemFormatException(source + ": " + e.getMessage(), e);
        }
    }

    private static PKCS10CertificationRequest parseCsr(String pem, String source) {
        List<Object> objects = readObjects(pem, source);
        if (objects.size() != 1 || !(objects.get(0) instanceof PKCS10CertificationRequest csr)) {
            throw new PemFormatException(source + " must hold exactly one PEM certificate request"
                    + " (-----BEGIN CERTIFICATE REQUEST-----)");
        }
        return csr;
    }

    private static boolean isPrivateKey(Object object) {
        return object instanceof PrivateKeyInfo || object instanceof PEMKeyPair
                || object instanceof PKCS8EncryptedPrivateKeyInfo || object instanceof PEMEncryptedKeyPair;
    }

    private static List<Object> readObjects(String pem, String source) {
        List<Object> objects = new ArrayList<>();
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                objects.add(object);
            }
        } catch (IOException | RuntimeException e) {
            // Bouncy Castle's messages describe the structure ("malformed PEM data"), not the bytes.
            throw new PemFormatException(source + " is not valid PEM: " + e.getMessage(), e);
        }
        return objects;
    }

    private static byte[] encodePrivateKey(PrivateKey privateKey) {
        if (!"PKCS#8".equals(privateKey.getFormat())) {
            throw new PkiException("a " + privateKey.getAlgorithm() + " key in format " + privateKey.getFormat()
                    + " cannot be written as PKCS#8 (keys held in a hardware token cannot be exported)");
        }
        byte[] der = privateKey.getEncoded();
        try {
            return encode(List.of(new PemObject(PRIVATE_KEY, der)));
        } finally {
            Arrays.fill(der, (byte) 0);
        }
    }

    private static byte[] encode(List<PemObject> blocks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PemWriter writer = new PemWriter(new OutputStreamWriter(out, StandardCharsets.US_ASCII))) {
            for (PemObject block : blocks) {
                writer.writeObject(block);
            }
        } catch (IOException e) {
            throw new PkiException("could not encode PEM", e); // in-memory: cannot happen
        }
        return out.toByteArray();
    }
}
