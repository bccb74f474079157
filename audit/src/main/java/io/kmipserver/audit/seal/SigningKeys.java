package io.kmipserver.audit.seal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * Reads the audit signing key and certificate with the JDK alone (the audit module does not use
 * the certs module): the certificate as PEM through {@link CertificateFactory}, the private key as
 * an unencrypted PKCS#8 PEM ({@code BEGIN PRIVATE KEY}) through {@link KeyFactory}. Messages name
 * the file, never its content.
 */
public final class SigningKeys {
    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";

    private SigningKeys() {
    }

    /** Reads the first X.509 certificate in a PEM or DER file. */
    public static X509Certificate readCertificate(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (CertificateException e) {
            throw new IOException("not an X.509 certificate: " + file, e);
        }
    }

    /** Reads an unencrypted PKCS#8 EC private key from a PEM file. */
    public static PrivateKey readPrivateKey(Path file) throws IOException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        int begin = pem.indexOf(BEGIN);
        int end = pem.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IOException("not an unencrypted PKCS#8 PEM private key (" + BEGIN + "): " + file);
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(pem.substring(begin + BEGIN.length(), end));
        } catch (IllegalArgumentException e) {
            throw new IOException("the PEM private key in " + file + " is not valid base64");
        }
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            // no cause: the parser's message could quote key bytes
            throw new IOException("the private key in " + file + " is not an EC key (" + Checkpoint.ALGORITHM
                    + " signs checkpoints)");
        } finally {
            Arrays.fill(der, (byte) 0);
        }
    }
}
