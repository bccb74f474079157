package io.kmipserver.server.operation;

import static io.kmipserver.server.protocol.Requests.activate;
import static io.kmipserver.server.protocol.Requests.createAes;
import static io.kmipserver.server.protocol.Requests.get;
import static io.kmipserver.server.protocol.Requests.uid;
import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.CryptographicParameters;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.message.ResponseBatchItem;
import io.kmipserver.codec.object.SymmetricKey;
import io.kmipserver.codec.payload.CreateResponse;
import io.kmipserver.codec.payload.DecryptRequest;
import io.kmipserver.codec.payload.DecryptResponse;
import io.kmipserver.codec.payload.EncryptRequest;
import io.kmipserver.codec.payload.EncryptResponse;
import io.kmipserver.codec.payload.GetResponse;
import io.kmipserver.codec.payload.MacRequest;
import io.kmipserver.codec.payload.MacResponse;
import io.kmipserver.codec.spec.BlockCipherMode;
import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.PaddingMethod;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.server.protocol.HarnessTest;
import io.kmipserver.server.protocol.Requests;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Encrypt/Decrypt with AES-GCM and MAC with HMAC, checked against the JDK with the key from Get. */
class CryptoOperationsTest extends HarnessTest {

    static final ProtocolVersion V14 = ProtocolVersion.V1_4;
    static final ProtocolVersion V21 = ProtocolVersion.V2_1;
    static final byte[] PLAIN = "attack at dawn".getBytes(StandardCharsets.UTF_8);


    String aes;

    @BeforeEach
    void open() {
        aes = h.one(V14, h.a, createAes(256)).payload(CreateResponse.class).uniqueIdentifier();
        h.one(V14, h.a, activate(aes));
    }

    byte[] keyBytes(String id) {
        return ((SymmetricKey) h.one(V14, h.a, get(id)).payload(GetResponse.class).object()).keyBlock().keyBytes();
    }

    EncryptRequest encrypt(String id, byte[] aad) {
        return new EncryptRequest(uid(id), null, PLAIN, null, null, null, null, aad);
    }

    @Test
    void encryptMakesAesGcmTheJdkDecryptsAndDecryptRoundTrips() throws Exception {
        byte[] aad = {1, 2, 3};
        EncryptResponse e = h.one(V21, h.a, encrypt(aes, aad)).payload(EncryptResponse.class);

        assertThat(e.ivCounterNonce()).hasSize(12);
        assertThat(e.authenticatedEncryptionTag()).hasSize(16);
        Cipher jdk = Cipher.getInstance("AES/GCM/NoPadding");
        jdk.init(Cipher.DECRYPT_MODE, new SecretKeySpec(keyBytes(aes), "AES"), new GCMParameterSpec(128, e.ivCounterNonce()));
        jdk.updateAAD(aad);
        byte[] joined = new byte[e.data().length + 16];
        System.arraycopy(e.data(), 0, joined, 0, e.data().length);
        System.arraycopy(e.authenticatedEncryptionTag(), 0, joined, e.data().length, 16);
        assertThat(jdk.doFinal(joined)).isEqualTo(PLAIN);

        DecryptResponse d = h.one(V14, h.a, new DecryptRequest(uid(aes), null, e.data(), e.ivCounterNonce(), null, null,
                null, aad, e.authenticatedEncryptionTag())).payload(DecryptResponse.class);
        assertThat(d.data()).isEqualTo(PLAIN);
    }

    @Test
    void decryptOfTamperedDataIsCryptographicFailureAndNeedsIvAndTag() {
        EncryptResponse e = h.one(V21, h.a, encrypt(aes, null)).payload(EncryptResponse.class);
        byte[] tampered = e.data().clone();
        tampered[0] ^= 1;

        ResponseBatchItem bad = h.one(V21, h.a, new DecryptRequest(uid(aes), null, tampered, e.ivCounterNonce(), null,
                null, null, null, e.authenticatedEncryptionTag()));
        ResponseBatchItem noIv21 = h.one(V21, h.a, new DecryptRequest(uid(aes), null, e.data(), null, null, null, null,
                null, e.authenticatedEncryptionTag()));
        ResponseBatchItem noIv14 = h.one(V14, h.a, new DecryptRequest(uid(aes), null, e.data(), null, null, null, null,
                null, e.authenticatedEncryptionTag()));

        assertThat(bad.resultReason()).isEqualTo(ResultReason.CRYPTOGRAPHIC_FAILURE);
        assertThat(noIv21.resultReason()).isEqualTo(ResultReason.MISSING_INITIALIZATION_VECTOR);
        assertThat(noIv14.resultReason()).isEqualTo(ResultReason.INVALID_FIELD);
    }

    @Test
    void onlyActiveKeysWithTheUsageEncrypt() {
        String preActive = h.one(V14, h.a, createAes(128)).payload(CreateResponse.class).uniqueIdentifier();
        String macOnly = h.one(V14, h.a, Requests.create(
                Attribute.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES),
                Attribute.integer(Tag.CRYPTOGRAPHIC_LENGTH, 128), Attribute.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, 0x80)))
                .payload(CreateResponse.class).uniqueIdentifier();
        h.one(V14, h.a, activate(macOnly));

        assertThat(h.one(V14, h.a, encrypt(preActive, null)).resultReason()).isEqualTo(ResultReason.PERMISSION_DENIED);
        assertThat(h.one(V21, h.a, encrypt(preActive, null)).resultReason())
                .isEqualTo(ResultReason.WRONG_KEY_LIFECYCLE_STATE);
        assertThat(h.one(V21, h.a, encrypt(macOnly, null)).resultReason())
                .isEqualTo(ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK);
        assertThat(h.one(V14, h.a, new EncryptRequest(uid(aes), CryptographicParameters.of(BlockCipherMode.CBC,
                PaddingMethod.PKCS5), PLAIN, null, null, null, null, null)).resultReason())
                .isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
        assertThat(h.one(V14, h.a, new EncryptRequest(uid(aes), null, PLAIN, null, null, true, null, null))
                .resultReason()).as("multi-part").isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
        assertThat(h.one(ProtocolVersion.V1_1, h.a, encrypt(aes, null)).resultReason()).as("Encrypt is 1.2+")
                .isEqualTo(ResultReason.OPERATION_NOT_SUPPORTED);
        assertThat(h.one(V14, h.b, encrypt(aes, null)).resultReason()).isEqualTo(ResultReason.ITEM_NOT_FOUND);
    }

    @Test
    void macWithAnHmacKeyMatchesTheJdk() throws Exception {
        String hmac = h.one(V14, h.a, Requests.create(
                Attribute.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.HMAC_SHA384)))
                .payload(CreateResponse.class).uniqueIdentifier();
        h.one(V14, h.a, activate(hmac));

        MacResponse r = h.one(V21, h.a, new MacRequest(uid(hmac), null, PLAIN, null, null, null)).payload(MacResponse.class);

        Mac jdk = Mac.getInstance("HmacSHA384");
        jdk.init(new SecretKeySpec(keyBytes(hmac), "HmacSHA384"));
        assertThat(r.macData()).isEqualTo(jdk.doFinal(PLAIN));
        assertThat(h.one(V21, h.a, new MacRequest(uid(aes), null, PLAIN, null, null, null)).resultReason())
                .as("an AES key cannot MAC").isEqualTo(ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK);
    }

    @Test
    void theAuditEventRecordsLengthsNeverData() {
        int before = h.events().size();
        h.one(V21, h.a, encrypt(aes, null));

        List<AuditEvent> events = h.eventsSince(before);
        assertThat(events).extracting(AuditEvent::action).containsExactly("kmip.encrypt");
        assertThat(events.get(0).requestData()).containsEntry("dataLength", Integer.toString(PLAIN.length))
                .doesNotContainValue(new String(PLAIN, StandardCharsets.UTF_8));
    }
}
