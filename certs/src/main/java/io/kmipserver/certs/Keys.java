package io.kmipserver.certs;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.jcajce.provider.asymmetric.util.EC5Util;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * Conversions between Bouncy Castle's ASN.1 key structures and JDK keys, done with the JDK's own
 * {@link KeyFactory} so that the keys work unchanged in SunJSSE, BCJSSE and PKCS#12 key stores.
 */
final class Keys {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Keys() {}

    /** The JCA algorithm for a key's algorithm identifier (RFC 5480 §2.1.1, RFC 8017 Appendix C). */
    static String algorithmOf(ASN1ObjectIdentifier keyAlgorithm) {
        if (X9ObjectIdentifiers.id_ecPublicKey.equals(keyAlgorithm)) {
            return "EC";
        }
        if (PKCSObjectIdentifiers.rsaEncryption.equals(keyAlgorithm)) {
            return "RSA";
        }
        throw new PkiException("unsupported key algorithm " + keyAlgorithm.getId() + "; expected EC or RSA");
    }

    static PrivateKey privateKey(PrivateKeyInfo info) {
        String algorithm = algorithmOf(info.getPrivateKeyAlgorithm().getAlgorithm());
        byte[] encoded = null;
        try {
            encoded = info.getEncoded();
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (IOException | GeneralSecurityException e) {
            // The cause's text is the JDK's parser message, which never echoes the key bytes.
            throw new PemFormatException("damaged " + algorithm + " private key", e);
        } finally {
            if (encoded != null) {
                Arrays.fill(encoded, (byte) 0);
            }
        }
    }

    static PublicKey publicKey(SubjectPublicKeyInfo info) {
        String algorithm = algorithmOf(info.getAlgorithm().getAlgorithm());
        try {
            return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(info.getEncoded()));
        } catch (IOException | GeneralSecurityException e) {
            throw new PkiException("damaged " + algorithm + " public key", e);
        }
    }

    /**
     * Whether {@code privateKey} is the private half of {@code publicKey}, decided by signing a random
     * challenge and verifying it: this works alike for EC and RSA without deriving one key from the
     * other.
     */
    static boolean matches(PrivateKey privateKey, PublicKey publicKey) {
        if (!privateKey.getAlgorithm().equalsIgnoreCase(publicKey.getAlgorithm())) {
            return false;
        }
        try {
            String algorithm = KeySpec.signatureAlgorithmFor(privateKey);
            byte[] challenge = new byte[32];
            RANDOM.nextBytes(challenge);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(privateKey);
            signer.update(challenge);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(challenge);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * The public half of a private key, so that a key file left without its certificate (a run
     * interrupted between the two writes, or an operator's own key) can still be certified. EC: the
     * point Q = d·G on the key's curve (SEC 1 §3.2.1); RSA: modulus and public exponent of the CRT key.
     *
     * @throws PkiException for an RSA key without CRT parameters or any other key type
     */
    static PublicKey publicKeyOf(PrivateKey privateKey) {
        try {
            if (privateKey instanceof ECPrivateKey ec) {
                ECParameterSpec parameters = ec.getParams();
                ECPoint q = new FixedPointCombMultiplier()
                        .multiply(EC5Util.convertSpec(parameters).getG(), ec.getS()).normalize();
                return KeyFactory.getInstance("EC").generatePublic(
                        new ECPublicKeySpec(EC5Util.convertPoint(q), parameters));
            }
            if (privateKey instanceof RSAPrivateCrtKey rsa) {
                return KeyFactory.getInstance("RSA").generatePublic(
                        new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
            }
        } catch (GeneralSecurityException e) {
            throw new PkiException("could not derive the public key of a " + privateKey.getAlgorithm() + " private key", e);
        }
        throw new PkiException("cannot derive the public key of a " + privateKey.getAlgorithm()
                + " private key without CRT parameters");
    }
}
