package io.kmipserver.server.operation;

import static io.kmipserver.server.protocol.Requests.activate;
import static io.kmipserver.server.protocol.Requests.get;
import static io.kmipserver.server.protocol.Requests.registerAes;
import static io.kmipserver.server.protocol.Requests.uid;
import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.CryptographicParameters;
import io.kmipserver.codec.attribute.TtlvItems;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.message.ResponseBatchItem;
import io.kmipserver.codec.object.KeyBlock;
import io.kmipserver.codec.object.KeyValue;
import io.kmipserver.codec.object.SymmetricKey;
import io.kmipserver.codec.payload.CreateResponse;
import io.kmipserver.codec.payload.GetRequest;
import io.kmipserver.codec.payload.GetResponse;
import io.kmipserver.codec.payload.KeyWrappingSpecification;
import io.kmipserver.codec.payload.RegisterResponse;
import io.kmipserver.codec.spec.BlockCipherMode;
import io.kmipserver.codec.spec.CryptographicUsageMask;
import io.kmipserver.codec.spec.EncodingOption;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.spec.WrappingMethod;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.codec.ttlv.TtlvReader;
import io.kmipserver.server.protocol.HarnessTest;
import io.kmipserver.server.protocol.Requests;
import io.netty.buffer.Unpooled;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Get with a Key Wrapping Specification (KMIP 1.4 §2.1.5-2.1.6, 2.1 §6.1.19). */
class KeyWrappingTest extends HarnessTest {

    static final ProtocolVersion V14 = ProtocolVersion.V1_4;
    static final ProtocolVersion V21 = ProtocolVersion.V2_1;
    static final int WRAP = CryptographicUsageMask.WRAP_KEY.bit() | CryptographicUsageMask.UNWRAP_KEY.bit();
    static final byte[] SECRET = KeyOperationsTest.bytes(32, 7);

    /** An Active AES-256 key of adapter a that may wrap, with the given Cryptographic Parameters attribute. */
    String wrappingKey(ProtocolVersion v, int mask, CryptographicParameters... parameters) {
        Attribute[] extra = new Attribute[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            extra[i] = parameters[i].toAttribute();
        }
        String id = h.one(v, h.a, Requests2.createAesWithMask(256, mask, extra)).payload(CreateResponse.class)
                .uniqueIdentifier();
        assertThat(h.one(v, h.a, activate(id)).isSuccess()).isTrue();
        return id;
    }

    String registeredSecretKey(ProtocolVersion v, Attribute... extra) {
        return h.one(v, h.a, registerAes(SECRET, extra)).payload(RegisterResponse.class).uniqueIdentifier();
    }

    byte[] plainMaterial(String id) {
        return ((SymmetricKey) h.one(V14, h.a, get(id)).payload(GetResponse.class).object()).keyBlock().keyBytes();
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static GetRequest getWrapped(String id, WrappingMethod method, String wrappingKeyId,
            CryptographicParameters parameters, EncodingOption encoding) {
        return new GetRequest(uid(id), null, null, null, new KeyWrappingSpecification(method,
                new KeyWrappingSpecification.KeyInformation(wrappingKeyId, parameters), null, List.of(), encoding));
    }

    static byte[] unwrap(String transformation, byte[] kek, byte[] wrapped) throws Exception {
        Cipher c = Cipher.getInstance(transformation);
        c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"));
        return c.doFinal(wrapped);
    }

    @Test
    void getWrapsTheTtlvKeyValueWithNistKeyWrapUnderTheKeysOwnParameters() throws Exception {
        String kek = wrappingKey(V14, WRAP, CryptographicParameters.of(BlockCipherMode.NISTKEYWRAP, null));
        String secret = registeredSecretKey(V14);

        ResponseBatchItem r = h.one(V14, h.a, getWrapped(secret, WrappingMethod.ENCRYPT, kek, null, null));

        assertThat(r.isSuccess()).as(String.valueOf(r.resultMessage())).isTrue();
        KeyBlock block = ((SymmetricKey) r.payload(GetResponse.class).object()).keyBlock();
        assertThat(block.keyValue()).isInstanceOf(KeyValue.Wrapped.class);
        byte[] wrapped = ((KeyValue.Wrapped) block.keyValue()).bytes();
        assertThat(indexOf(wrapped, SECRET)).as("plaintext in the wrapped value").isEqualTo(-1);
        TtlvItem.Structure data = block.keyWrappingData();
        assertThat(TtlvItems.enumValue(data.first(Tag.WRAPPING_METHOD), WrappingMethod::fromValue))
                .isEqualTo(WrappingMethod.ENCRYPT);
        TtlvItem.Structure info = TtlvItems.structure(data.first(Tag.ENCRYPTION_KEY_INFORMATION));
        assertThat(TtlvItems.text(info, Tag.UNIQUE_IDENTIFIER)).isEqualTo(kek);
        assertThat(CryptographicParameters.fromItem(info.first(Tag.CRYPTOGRAPHIC_PARAMETERS)).blockCipherMode())
                .isEqualTo(BlockCipherMode.NISTKEYWRAP);

        TtlvItem.Structure keyValue = TtlvItems.structure(
                TtlvReader.decode(Unpooled.wrappedBuffer(unwrap("AES/KW/NoPadding", plainMaterial(kek), wrapped))));
        assertThat(keyValue.tag()).isEqualTo(Tag.KEY_VALUE);
        assertThat(TtlvItems.optBytes(keyValue, Tag.KEY_MATERIAL)).isEqualTo(SECRET);
    }

    @Test
    void noEncodingWithKeyWrapPaddingWrapsTheBareKeyIn21() throws Exception {
        CryptographicParameters kwp = CryptographicParameters.of(BlockCipherMode.AESKEYWRAPPADDING, null);
        String kek = wrappingKey(V21, WRAP, CryptographicParameters.of(BlockCipherMode.NISTKEYWRAP, null), kwp);
        String secret = registeredSecretKey(V21);

        ResponseBatchItem r = h.one(V21, h.a, getWrapped(secret, WrappingMethod.ENCRYPT, kek, kwp,
                EncodingOption.NO_ENCODING));

        assertThat(r.isSuccess()).as(String.valueOf(r.resultMessage())).isTrue();
        KeyBlock block = ((SymmetricKey) r.payload(GetResponse.class).object()).keyBlock();
        byte[] wrapped = ((KeyValue.Wrapped) block.keyValue()).bytes();
        assertThat(unwrap("AES/KWP/NoPadding", plainMaterial(kek), wrapped)).isEqualTo(SECRET);
        assertThat(TtlvItems.enumValue(block.keyWrappingData().first(Tag.ENCODING_OPTION), EncodingOption::fromValue))
                .isEqualTo(EncodingOption.NO_ENCODING);
    }

    @Test
    void aSensitiveKeyLeavesWrappedButNeverInTheClear() throws Exception {
        String kek = wrappingKey(V21, WRAP);
        String sensitive = registeredSecretKey(V21, Attribute.bool(Tag.SENSITIVE, true));

        assertThat(h.one(V21, h.a, get(sensitive)).resultReason()).isEqualTo(ResultReason.SENSITIVE);
        ResponseBatchItem r = h.one(V21, h.a, getWrapped(sensitive, WrappingMethod.ENCRYPT, kek, null,
                EncodingOption.NO_ENCODING));

        assertThat(r.isSuccess()).as("2.x without parameters anywhere: NIST Key Wrap").isTrue();
        byte[] wrapped = ((KeyValue.Wrapped) ((SymmetricKey) r.payload(GetResponse.class).object()).keyBlock()
                .keyValue()).bytes();
        assertThat(unwrap("AES/KW/NoPadding", plainMaterial(kek), wrapped)).isEqualTo(SECRET);
    }

    @Test
    void theWrapIsAuditedWithTheWrappingKeyAsASecondTargetAndNoKeyBytes() {
        String kek = wrappingKey(V14, WRAP, CryptographicParameters.of(BlockCipherMode.NISTKEYWRAP, null));
        String secret = registeredSecretKey(V14);
        int before = h.events().size();

        assertThat(h.one(V14, h.a, getWrapped(secret, WrappingMethod.ENCRYPT, kek, null, null)).isSuccess()).isTrue();

        AuditEvent e = h.events().get(before);
        assertThat(e.action()).isEqualTo("kmip.get");
        assertThat(e.target().uniqueIdentifiers()).containsExactly(secret, kek);
        assertThat(e.requestData()).containsEntry("wrappingKey", kek).containsEntry("blockCipherMode", "NISTKeyWrap");
    }

    @Test
    void aWrappingKeyThatIsMissingOrAnotherAdaptersIsNotFound() {
        String secret = registeredSecretKey(V14);
        String otherAdapters = h.one(V14, h.b, Requests2.createAesWithMask(256, WRAP)).payload(CreateResponse.class)
                .uniqueIdentifier();

        assertThat(h.one(V14, h.a, getWrapped(secret, WrappingMethod.ENCRYPT, "no-such-key", null, null)).resultReason())
                .isEqualTo(ResultReason.ITEM_NOT_FOUND);
        assertThat(h.one(V14, h.a, getWrapped(secret, WrappingMethod.ENCRYPT, otherAdapters, null, null)).resultReason())
                .isEqualTo(ResultReason.ITEM_NOT_FOUND);
        assertThat(h.one(V21, h.a, getWrapped(secret, WrappingMethod.ENCRYPT, otherAdapters, null, null)).resultReason())
                .isEqualTo(ResultReason.WRAPPING_OBJECT_NOT_FOUND);
    }

    @Test
    void aKeyThatMayNotWrapIsRefusedWithTheReasonOfEachVersion() {
        String secret = registeredSecretKey(V14);
        CryptographicParameters kw = CryptographicParameters.of(BlockCipherMode.NISTKEYWRAP, null);
        String encryptOnly = wrappingKey(V14, Requests.ENCRYPT_DECRYPT, kw);
        String preActive = h.one(V14, h.a, Requests2.createAesWithMask(256, WRAP, kw.toAttribute()))
                .payload(CreateResponse.class).uniqueIdentifier();

        assertThat(h.one(V14, h.a, getWrapped(secret, WrappingMethod.ENCRYPT, encryptOnly, null, null)).resultReason())
                .isEqualTo(ResultReason.PERMISSION_DENIED);
        assertThat(h.one(V21, h.a, getWrapped(secret, WrappingMethod.ENCRYPT, encryptOnly, null, null)).resultReason())
                .isEqualTo(ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK);
        assertThat(h.one(V14, h.a, getWrapped(secret, WrappingMethod.ENCRYPT, preActive, null, null)).resultReason())
                .isEqualTo(ResultReason.PERMISSION_DENIED);
        assertThat(h.one(V21, h.a, getWrapped(secret, WrappingMethod.ENCRYPT, preActive, null, null)).resultReason())
                .isEqualTo(ResultReason.WRONG_KEY_LIFECYCLE_STATE);
        assertThat(h.one(V14, h.a, getWrapped(secret, WrappingMethod.ENCRYPT, secret, null, null)).resultReason())
                .as("a Pre-Active registered key without Wrap Key").isEqualTo(ResultReason.PERMISSION_DENIED);
    }

    @Test
    void parametersMustMatchAnInstanceOfTheWrappingKeys() {
        String secret = registeredSecretKey(V14);
        String withoutParameters = wrappingKey(V14, WRAP);
        String kwOnly = wrappingKey(V14, WRAP, CryptographicParameters.of(BlockCipherMode.NISTKEYWRAP, null));
        CryptographicParameters kwp = CryptographicParameters.of(BlockCipherMode.AESKEYWRAPPADDING, null);

        assertThat(h.one(V14, h.a, getWrapped(secret, WrappingMethod.ENCRYPT, withoutParameters, null, null))
                .resultReason()).as("1.4 §2.1.6: no attribute, none given").isEqualTo(ResultReason.ITEM_NOT_FOUND);
        assertThat(h.one(V14, h.a, getWrapped(secret, WrappingMethod.ENCRYPT, kwOnly, kwp, null)).resultReason())
                .isEqualTo(ResultReason.ITEM_NOT_FOUND);
        assertThat(h.one(V21, h.a, getWrapped(secret, WrappingMethod.ENCRYPT, kwOnly, kwp, null)).resultReason())
                .isEqualTo(ResultReason.BAD_CRYPTOGRAPHIC_PARAMETERS);
        String gcm = wrappingKey(V21, WRAP, CryptographicParameters.of(BlockCipherMode.GCM, null));
        assertThat(h.one(V21, h.a, getWrapped(secret, WrappingMethod.ENCRYPT, gcm, null, null)).resultReason())
                .as("a mode that does not wrap keys").isEqualTo(ResultReason.BAD_CRYPTOGRAPHIC_PARAMETERS);
    }

    @Test
    void macSignMethodsAreNotSupportedAndNothingIsReturned() {
        String kek = wrappingKey(V14, WRAP, CryptographicParameters.of(BlockCipherMode.NISTKEYWRAP, null));
        String secret = registeredSecretKey(V14);

        ResponseBatchItem r = h.one(V14, h.a, getWrapped(secret, WrappingMethod.MAC_SIGN, kek, null, null));

        assertThat(r.resultReason()).isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
        assertThat(r.payload()).isNull();
    }

    /** Create requests this test needs beyond {@link Requests}. */
    static final class Requests2 {
        static io.kmipserver.codec.payload.CreateRequest createAesWithMask(int bits, int mask, Attribute... extra) {
            List<Attribute> list = new java.util.ArrayList<>(List.of(
                    Attribute.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, io.kmipserver.codec.spec.CryptographicAlgorithm.AES),
                    Attribute.integer(Tag.CRYPTOGRAPHIC_LENGTH, bits),
                    Attribute.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, mask)));
            list.addAll(List.of(extra));
            return Requests.create(list.toArray(new Attribute[0]));
        }
    }
}
