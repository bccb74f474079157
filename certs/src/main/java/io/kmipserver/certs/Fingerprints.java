package io.kmipserver.certs;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * SHA-256 fingerprints of certificates: the digest of the certificate's DER encoding, the value that
 * identifies a KMIP client's certificate (and so its adapter) and that operators compare with
 * {@code openssl x509 -noout -fingerprint -sha256}.
 *
 * <p>Two spellings of one value: {@link #sha256Hex} (64 lowercase hex digits, for storage, lookups
 * and APIs) and {@link #sha256Colons} (uppercase pairs separated by colons, exactly as OpenSSL prints
 * it, for display). {@link #normalize} turns either into the first.
 */
public final class Fingerprints {
    private static final HexFormat PLAIN = HexFormat.of();
    private static final HexFormat COLONS = HexFormat.ofDelimiter(":").withUpperCase();
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private Fingerprints() {}

    /** SHA-256 of the certificate's DER encoding as 64 lowercase hex digits. */
    public static String sha256Hex(X509Certificate certificate) {
        return PLAIN.formatHex(sha256(certificate));
    }

    /** SHA-256 of the certificate's DER encoding as {@code AB:CD:…} (95 characters), as OpenSSL shows it. */
    public static String sha256Colons(X509Certificate certificate) {
        return COLONS.formatHex(sha256(certificate));
    }

    /**
     * A SHA-256 fingerprint as an operator may paste it — upper or lower case, with or without colons
     * or spaces, with or without OpenSSL's {@code sha256 Fingerprint=} prefix — as 64 lowercase hex digits.
     *
     * @throws IllegalArgumentException when the text is not a SHA-256 fingerprint
     */
    public static String normalize(String fingerprint) {
        String text = fingerprint.trim();
        int equals = text.indexOf('=');
        if (equals >= 0) {
            text = text.substring(equals + 1);
        }
        String hex = text.replace(":", "").replace(" ", "").toLowerCase(Locale.ROOT);
        if (!SHA256_HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a SHA-256 fingerprint (expected 64 hex digits): '" + fingerprint + "'");
        }
        return hex;
    }

    private static byte[] sha256(X509Certificate certificate) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new PkiException("could not encode certificate " + certificate.getSubjectX500Principal(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new PkiException("this JDK has no SHA-256", e); // every JDK must have it
        }
    }
}
