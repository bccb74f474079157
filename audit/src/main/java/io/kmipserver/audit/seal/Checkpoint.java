package io.kmipserver.audit.seal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A signed statement that the journal's events from {@code firstIndex} to {@code lastIndex}, there
 * being {@code count} of them, extend the hash chain from {@code previousHash} to {@code chainHash}.
 * Checkpoint {@code n + 1} starts where checkpoint {@code n} ended, so the checkpoints form one
 * chain too. A checkpoint never spans two cycle files, so retention (which deletes whole files)
 * leaves every remaining checkpoint whole.
 *
 * @param number       1 for the first checkpoint of a journal, then one more each time
 * @param firstIndex   Chronicle index of the first event sealed
 * @param lastIndex    Chronicle index of the last event sealed
 * @param count        number of events sealed
 * @param previousHash chain hash before the first event (hex); 64 zeros for the first checkpoint
 * @param chainHash    chain hash after the last event (hex)
 * @param time         when the checkpoint was made
 * @param observer     node id of the sealer
 * @param signature    {@value #ALGORITHM} over {@link #signedBytes()}, base64 (DER)
 */
public record Checkpoint(long number, long firstIndex, long lastIndex, long count, String previousHash,
                         String chainHash, Instant time, String observer, String signature) {

    public static final String ALGORITHM = "SHA256withECDSA";
    private static final String DOMAIN = "kmip-server audit checkpoint v1";

    public Checkpoint {
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(chainHash, "chainHash");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(observer, "observer");
        Objects.requireNonNull(signature, "signature");
    }

    /** Makes and signs a checkpoint. */
    static Checkpoint sign(long number, long firstIndex, long lastIndex, long count, byte[] previousHash,
                           byte[] chainHash, Instant time, String observer, PrivateKey key) {
        Checkpoint unsigned = new Checkpoint(number, firstIndex, lastIndex, count, ChainHash.hex(previousHash),
                ChainHash.hex(chainHash), time, observer, "");
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(unsigned.signedBytes());
            String signature = Base64.getEncoder().encodeToString(signer.sign());
            return new Checkpoint(number, firstIndex, lastIndex, count, unsigned.previousHash, unsigned.chainHash,
                    time, observer, signature);
        } catch (GeneralSecurityException e) {
            throw new SealException("cannot sign checkpoint " + number + " with the audit signing key (" + ALGORITHM
                    + " needs an EC key)", e);
        }
    }

    /** Whether the signature is valid for these fields under the given key. */
    public boolean signatureValid(PublicKey key) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(signedBytes());
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // a malformed signature or base64 text is as invalid as a wrong one
            return false;
        }
    }

    /**
     * The bytes the signature covers: a domain string, then every field but the signature, each
     * length-prefixed or fixed-width so that no two checkpoints share an encoding.
     */
    public byte[] signedBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(DOMAIN);
            out.writeLong(number);
            out.writeLong(firstIndex);
            out.writeLong(lastIndex);
            out.writeLong(count);
            out.writeUTF(previousHash);
            out.writeUTF(chainHash);
            out.writeUTF(time.toString());
            out.writeUTF(observer);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }
}
