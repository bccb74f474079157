package io.kmipserver.certs;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The key types this PKI generates. EC P-256 is the default: it signs faster than RSA, its TLS
 * handshakes are cheaper, and every TLS stack in use (SunJSSE, BCJSSE, OpenSSL, PyKMIP's Python ssl)
 * accepts it. RSA stays available for clients whose HSM or library cannot do ECDSA.
 */
public enum KeySpec {
    /** NIST P-256 (secp256r1), signed with SHA256withECDSA. */
    EC_P256("ec-p256", "EC", new ECGenParameterSpec("secp256r1")),
    /** RSA with a 2048-bit modulus, signed with SHA256withRSA. */
    RSA_2048("rsa-2048", "RSA", new RSAKeyGenParameterSpec(2048, RSAKeyGenParameterSpec.F4)),
    /** RSA with a 3072-bit modulus (128-bit security level), signed with SHA256withRSA. */
    RSA_3072("rsa-3072", "RSA", new RSAKeyGenParameterSpec(3072, RSAKeyGenParameterSpec.F4));

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String cliName;
    private final String algorithm;
    private final AlgorithmParameterSpec parameters;

    KeySpec(String cliName, String algorithm, AlgorithmParameterSpec parameters) {
        this.cliName = cliName;
        this.algorithm = algorithm;
        this.parameters = parameters;
    }

    /** The key type used when the caller does not choose one: {@link #EC_P256}. */
    public static KeySpec defaultSpec() {
        return EC_P256;
    }

    /** The name used on the command line and in configuration files, e.g. {@code ec-p256}. */
    public String cliName() {
        return cliName;
    }

    /** The JCA key algorithm name: {@code EC} or {@code RSA}. */
    public String algorithm() {
        return algorithm;
    }

    /** Generates a fresh key pair of this type with the JDK's default provider. */
    public KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            generator.initialize(parameters, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new PkiException("this JDK cannot generate " + cliName + " keys", e);
        }
    }

    /**
     * Parses a command-line name ({@code ec-p256}, {@code rsa-2048}, {@code rsa-3072}), ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values when {@code name} is none of them
     */
    public static KeySpec fromCliName(String name) {
        for (KeySpec spec : values()) {
            if (spec.cliName.equalsIgnoreCase(name.trim())) {
                return spec;
            }
        }
        throw new IllegalArgumentException("unknown key type '" + name + "'; expected one of " + cliNames());
    }

    /** The accepted command-line names, comma separated, for help and error texts. */
    public static String cliNames() {
        return Arrays.stream(values()).map(KeySpec::cliName).collect(Collectors.joining(", "));
    }

    /**
     * The signature algorithm a certificate authority holding {@code signingKey} signs with:
     * SHA256withECDSA for EC keys, SHA256withRSA for RSA keys.
     *
     * @throws PkiException for any other key algorithm
     */
    static String signatureAlgorithmFor(PrivateKey signingKey) {
        return switch (signingKey.getAlgorithm().toUpperCase(Locale.ROOT)) {
            case "EC", "ECDSA" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> throw new PkiException("unsupported signing key algorithm " + signingKey.getAlgorithm()
                    + "; expected EC or RSA");
        };
    }

    /** True for RSA keys, which additionally need keyEncipherment for TLS 1.2 RSA key exchange. */
    static boolean isRsa(java.security.Key key) {
        return "RSA".equalsIgnoreCase(key.getAlgorithm());
    }
}
