package io.kmipserver.audit.testing;

import io.kmipserver.audit.AuditLayout;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Writes an audit signing certificate and key in the data directory layout, as the server's
 * bootstrap does, using only the JDK: {@code keytool} makes a self-signed EC P-256 certificate in a
 * throwaway PKCS#12 file, and the key is written out as unencrypted PKCS#8 PEM.
 */
public final class DevSigningKeys {
    private static final char[] THROWAWAY = "test-only".toCharArray();
    private static Path shared;

    private DevSigningKeys() {
    }

    /**
     * Puts a signing certificate and key where the layout says; one pair per test run (keytool
     * takes a second), copied into each data directory.
     */
    public static synchronized AuditLayout installInto(AuditLayout layout) throws Exception {
        if (shared == null) {
            shared = Files.createTempDirectory("audit-signing");
            // deleteOnExit deletes in reverse order of registration: the files, then the directory
            shared.toFile().deleteOnExit();
            shared.resolve("cert.pem").toFile().deleteOnExit();
            shared.resolve("key.pem").toFile().deleteOnExit();
            write(shared.resolve("cert.pem"), shared.resolve("key.pem"));
        }
        Files.createDirectories(layout.signingCertificate().getParent());
        Files.createDirectories(layout.signingKey().getParent());
        Files.copy(shared.resolve("cert.pem"), layout.signingCertificate());
        Files.copy(shared.resolve("key.pem"), layout.signingKey());
        return layout;
    }

    public static void write(Path certificatePem, Path keyPem) throws Exception {
        Path store = Files.createTempFile("audit-signing", ".p12");
        Files.delete(store);
        try {
            Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
            Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "audit",
                    "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA", "-dname", "CN=audit-signing",
                    "-validity", "30", "-storetype", "PKCS12", "-keystore", store.toString(),
                    "-storepass", new String(THROWAWAY), "-keypass", new String(THROWAWAY)))
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keyStore.load(in, THROWAWAY);
            }
            Certificate certificate = keyStore.getCertificate("audit");
            PrivateKey key = (PrivateKey) keyStore.getKey("audit", THROWAWAY);
            Files.createDirectories(certificatePem.getParent());
            Files.writeString(certificatePem, pem("CERTIFICATE", certificate.getEncoded()));
            Files.writeString(keyPem, pem("PRIVATE KEY", key.getEncoded()));
        } finally {
            Files.deleteIfExists(store);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
