package io.kmipserver.server.operation;

import static io.kmipserver.server.protocol.Requests.activate;
import static io.kmipserver.server.protocol.Requests.createAes;
import static io.kmipserver.server.protocol.Requests.get;
import static io.kmipserver.server.protocol.Requests.getAttributes;
import static io.kmipserver.server.protocol.Requests.name;
import static io.kmipserver.server.protocol.Requests.registerAes;
import static io.kmipserver.server.protocol.Requests.uid;
import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.attribute.Digest;
import io.kmipserver.codec.attribute.Link;
import io.kmipserver.codec.attribute.Name;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.message.ResponseBatchItem;
import io.kmipserver.codec.object.KeyBlock;
import io.kmipserver.codec.object.KeyMaterial;
import io.kmipserver.codec.object.KeyValue;
import io.kmipserver.codec.object.OpaqueObject;
import io.kmipserver.codec.object.SecretData;
import io.kmipserver.codec.object.SymmetricKey;
import io.kmipserver.codec.payload.CheckRequest;
import io.kmipserver.codec.payload.CreateRequest;
import io.kmipserver.codec.payload.CreateResponse;
import io.kmipserver.codec.payload.GetAttributesResponse;
import io.kmipserver.codec.payload.GetResponse;
import io.kmipserver.codec.payload.ReKeyRequest;
import io.kmipserver.codec.payload.ReKeyResponse;
import io.kmipserver.codec.payload.RegisterRequest;
import io.kmipserver.codec.payload.RegisterResponse;
import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.CryptographicUsageMask;
import io.kmipserver.codec.spec.KeyFormatType;
import io.kmipserver.codec.spec.LinkType;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.codec.spec.SecretDataType;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.server.protocol.HarnessTest;
import io.kmipserver.server.protocol.KmipHarness;
import io.kmipserver.server.protocol.Requests;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Create, Register, Get, Re-key and Check. */
class KeyOperationsTest extends HarnessTest {

    static final ProtocolVersion V10 = ProtocolVersion.V1_0;
    static final ProtocolVersion V14 = ProtocolVersion.V1_4;
    static final ProtocolVersion V21 = ProtocolVersion.V2_1;



    static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (seed + 31 * i);
        }
        return b;
    }

    SymmetricKey getKey(ProtocolVersion v, String id, KeyFormatType format) {
        ResponseBatchItem r = h.one(v, h.a, format == null ? get(id) : get(id, format));
        assertThat(r.isSuccess()).as(String.valueOf(r.resultMessage())).isTrue();
        return (SymmetricKey) r.payload(GetResponse.class).object();
    }

    @ParameterizedTest
    @CsvSource({"1.0,128", "1.4,192", "2.1,256"})
    void createMakesAesKeysOfTheRequestedLengthStoredOnlyProtected(String version, int bits) {
        ProtocolVersion v = ProtocolVersion.of(version.charAt(0) - '0', version.charAt(2) - '0');
        String id = h.one(v, h.a, createAes(bits)).payload(CreateResponse.class).uniqueIdentifier();

        SymmetricKey key = getKey(v, id, null);

        assertThat(key.keyBlock().keyFormatType()).isEqualTo(KeyFormatType.RAW);
        assertThat(key.keyBlock().cryptographicAlgorithm()).isEqualTo(CryptographicAlgorithm.AES);
        assertThat(key.keyBlock().cryptographicLength()).isEqualTo(bits);
        assertThat(key.keyBlock().keyBytes()).hasSize(bits / 8);
        byte[] stored = h.store.findMaterial(h.adapterA, id).orElseThrow().material().toBytes();
        assertThat(indexOf(stored, key.keyBlock().keyBytes())).as("plaintext in the store").isEqualTo(-1);
    }

    @ParameterizedTest
    @CsvSource({"HMAC_SHA256,256", "HMAC_SHA384,384", "HMAC_SHA512,512"})
    void createMakesHmacKeysOfTheHashLengthByDefault(CryptographicAlgorithm algorithm, int bits) {
        String id = h.one(V21, h.a, Requests.create(Attribute.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, algorithm)))
                .payload(CreateResponse.class).uniqueIdentifier();

        Attributes a = h.one(V21, h.a, getAttributes(id)).payload(GetAttributesResponse.class).attributes();

        assertThat(a.cryptographicLength()).isEqualTo(bits);
        assertThat(a.cryptographicUsageMask()).isEqualTo(CryptographicUsageMask.MAC_GENERATE.bit()
                | CryptographicUsageMask.MAC_VERIFY.bit());
        assertThat(getKey(V21, id, null).keyBlock().keyBytes()).hasSize(bits / 8);
    }

    @Test
    void createRefusesWhatItCannotMake() {
        assertThat(h.one(V14, h.a, createAes(100)).resultReason()).isEqualTo(ResultReason.INVALID_FIELD);
        assertThat(h.one(V21, h.a, createAes(100)).resultReason()).isEqualTo(ResultReason.INVALID_ATTRIBUTE_VALUE);
        assertThat(h.one(V14, h.a, Requests.create(Attribute.integer(Tag.CRYPTOGRAPHIC_LENGTH, 128))).resultReason())
                .as("no algorithm").isEqualTo(ResultReason.INVALID_FIELD);
        assertThat(h.one(V14, h.a, Requests.create(Attribute.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM,
                CryptographicAlgorithm.RSA), Attribute.integer(Tag.CRYPTOGRAPHIC_LENGTH, 2048))).resultReason())
                .isEqualTo(ResultReason.INVALID_FIELD);
        CreateRequest secret = new CreateRequest(ObjectType.SECRET_DATA, Attributes.EMPTY, List.of(), null);
        assertThat(h.one(V14, h.a, secret).resultReason()).isEqualTo(ResultReason.INVALID_FIELD);
        assertThat(h.one(V21, h.a, secret).resultReason()).isEqualTo(ResultReason.INVALID_OBJECT_TYPE);
        assertThat(h.one(V14, h.a, createAes(128, Attribute.enumeration(Tag.STATE, State.ACTIVE))).resultReason())
                .as("State is server-maintained").isEqualTo(ResultReason.INVALID_FIELD);
        assertThat(h.one(V21, h.a, createAes(128, Attribute.enumeration(Tag.STATE, State.ACTIVE))).resultReason())
                .isEqualTo(ResultReason.READ_ONLY_ATTRIBUTE);
        CreateRequest template = new CreateRequest(ObjectType.SYMMETRIC_KEY, createAes(128).attributes(),
                List.of(Name.text("gold")), null);
        assertThat(h.one(V10, h.a, template).resultReason()).isEqualTo(ResultReason.ITEM_NOT_FOUND);
        assertThat(h.store.locate(h.adapterA, io.kmipserver.server.store.LocateQuery.of())).isEmpty();
    }

    @Test
    void aRegisteredKeyComesBackIdenticalWithItsDigestInRawAndTransparentFormat() throws Exception {
        byte[] material = bytes(32, 7);
        String id = h.one(V14, h.a, registerAes(material, name("imported"))).payload(RegisterResponse.class)
                .uniqueIdentifier();

        SymmetricKey raw = getKey(V14, id, null);
        SymmetricKey transparent = getKey(V21, id, KeyFormatType.TRANSPARENT_SYMMETRIC_KEY);
        Attributes a = h.one(V14, h.a, getAttributes(id)).payload(GetAttributesResponse.class).attributes();

        assertThat(raw.keyBlock().keyBytes()).isEqualTo(material);
        assertThat(transparent.keyBlock().keyFormatType()).isEqualTo(KeyFormatType.TRANSPARENT_SYMMETRIC_KEY);
        assertThat(((KeyValue.Plain) transparent.keyBlock().keyValue()).keyMaterial())
                .isInstanceOf(KeyMaterial.TransparentSymmetricKey.class);
        assertThat(transparent.keyBlock().keyBytes()).isEqualTo(material);
        Digest d = Digest.fromItem(a.get(Tag.DIGEST).value());
        assertThat(d.digestValue()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(material));
        assertThat(d.keyFormatType()).isEqualTo(KeyFormatType.RAW);
        assertThat(a.state()).isEqualTo(State.PRE_ACTIVE);
    }

    @Test
    void aKeyRegisteredTransparentIsReturnedTransparentByDefault() {
        byte[] material = bytes(16, 3);
        RegisterRequest r = new RegisterRequest(ObjectType.SYMMETRIC_KEY, Attributes.EMPTY, List.of(),
                new SymmetricKey(new KeyBlock(KeyFormatType.TRANSPARENT_SYMMETRIC_KEY, null,
                        new KeyValue.Plain(new KeyMaterial.TransparentSymmetricKey(material)), CryptographicAlgorithm.AES,
                        128, null)), null);
        String id = h.one(V14, h.a, r).payload(RegisterResponse.class).uniqueIdentifier();

        SymmetricKey back = getKey(V14, id, null);
        SymmetricKey raw = getKey(V14, id, KeyFormatType.RAW);

        assertThat(back.keyBlock().keyFormatType()).isEqualTo(KeyFormatType.TRANSPARENT_SYMMETRIC_KEY);
        assertThat(raw.keyBlock().keyBytes()).isEqualTo(material);
    }

    @Test
    void getInAFormatASymmetricKeyDoesNotHaveIsKeyFormatTypeNotSupported() {
        String id = h.one(V14, h.a, createAes(128)).payload(CreateResponse.class).uniqueIdentifier();

        assertThat(h.one(V14, h.a, get(id, KeyFormatType.PKCS_8)).resultReason())
                .isEqualTo(ResultReason.KEY_FORMAT_TYPE_NOT_SUPPORTED);
    }

    @Test
    void registerKeepsSecretDataAndOpaqueObjectsWithTheirTypes() {
        byte[] password = "correct horse".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        RegisterRequest secret = new RegisterRequest(ObjectType.SECRET_DATA, Attributes.of(name("db-password")),
                List.of(), new SecretData(SecretDataType.PASSWORD, KeyBlock.encoded(KeyFormatType.OPAQUE, password, null,
                        null)), null);
        RegisterRequest opaque = new RegisterRequest(ObjectType.OPAQUE_OBJECT, Attributes.EMPTY, List.of(),
                new OpaqueObject(0x80000001, bytes(10, 1)), null);
        String secretId = h.one(V14, h.a, secret).payload(RegisterResponse.class).uniqueIdentifier();
        String opaqueId = h.one(V21, h.a, opaque).payload(RegisterResponse.class).uniqueIdentifier();

        SecretData s = (SecretData) h.one(V14, h.a, get(secretId)).payload(GetResponse.class).object();
        OpaqueObject o = (OpaqueObject) h.one(V21, h.a, get(opaqueId)).payload(GetResponse.class).object();

        assertThat(s.secretDataType()).isEqualTo(SecretDataType.PASSWORD);
        assertThat(s.keyBlock().keyFormatType()).isEqualTo(KeyFormatType.OPAQUE);
        assertThat(s.keyBlock().keyBytes()).isEqualTo(password);
        assertThat(o.opaqueDataType()).isEqualTo(0x80000001);
        assertThat(o.value()).isEqualTo(bytes(10, 1));
    }

    @Test
    void registerRefusesMismatchesAndUnsupportedObjects() {
        RegisterRequest typeMismatch = new RegisterRequest(ObjectType.SECRET_DATA, Attributes.EMPTY, List.of(),
                new SymmetricKey(KeyBlock.raw(bytes(16, 1), CryptographicAlgorithm.AES, 128)), null);
        RegisterRequest lengthMismatch = new RegisterRequest(ObjectType.SYMMETRIC_KEY, Attributes.of(
                Attribute.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES),
                Attribute.integer(Tag.CRYPTOGRAPHIC_LENGTH, 256)), List.of(), new SymmetricKey(new KeyBlock(
                        KeyFormatType.RAW, null, new KeyValue.Plain(new KeyMaterial.Raw(bytes(16, 1))), null, null, null)),
                null);
        RegisterRequest certificate = new RegisterRequest(ObjectType.CERTIFICATE, Attributes.EMPTY, List.of(),
                new io.kmipserver.codec.object.Certificate(io.kmipserver.codec.spec.CertificateType.X_509, bytes(40, 2)),
                null);

        assertThat(h.one(V14, h.a, typeMismatch).resultReason()).isEqualTo(ResultReason.INVALID_FIELD);
        assertThat(h.one(V14, h.a, lengthMismatch).resultReason()).isEqualTo(ResultReason.INVALID_FIELD);
        assertThat(h.one(V21, h.a, certificate).resultReason()).isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
    }

    @Test
    void theFirstGetClearsFresh() {
        String id = h.one(V14, h.a, createAes(128)).payload(CreateResponse.class).uniqueIdentifier();

        getKey(V14, id, null);

        Attributes a = h.one(V14, h.a, getAttributes(id)).payload(GetAttributesResponse.class).attributes();
        assertThat(a.get(Tag.FRESH).booleanValue()).isFalse();
    }

    @Test
    void extractableFalseAndSensitiveTrueKeepTheMaterialOnTheServer() {
        String fixed = h.one(V14, h.a, createAes(128, Attribute.bool(Tag.EXTRACTABLE, false)))
                .payload(CreateResponse.class).uniqueIdentifier();
        String sensitive = h.one(V14, h.a, createAes(128, Attribute.bool(Tag.SENSITIVE, true)))
                .payload(CreateResponse.class).uniqueIdentifier();

        assertThat(h.one(V14, h.a, get(fixed)).resultReason()).isEqualTo(ResultReason.NOT_EXTRACTABLE);
        assertThat(h.one(V21, h.a, get(sensitive)).resultReason()).isEqualTo(ResultReason.SENSITIVE);
    }

    @Test
    void reKeyMakesAReplacementWithTheSameAttributesLinksAndNames() {
        String old = h.one(V14, h.a, createAes(256, name("rotating"), Attribute.text(Tag.OBJECT_GROUP, "db"),
                Requests.custom("owner", "ops"))).payload(CreateResponse.class).uniqueIdentifier();
        h.one(V14, h.a, activate(old));
        h.clock.advance(Duration.ofDays(30));

        ResponseBatchItem r = h.one(V14, h.a, new ReKeyRequest(uid(old), null, null, null, null));

        String fresh = r.payload(ReKeyResponse.class).uniqueIdentifier();
        Attributes n = h.one(V21, h.a, getAttributes(fresh)).payload(GetAttributesResponse.class).attributes();
        Attributes o = h.one(V21, h.a, getAttributes(old)).payload(GetAttributesResponse.class).attributes();
        assertThat(fresh).isNotEqualTo(old);
        assertThat(n.cryptographicAlgorithm()).isEqualTo(CryptographicAlgorithm.AES);
        assertThat(n.cryptographicLength()).isEqualTo(256);
        assertThat(n.objectGroup()).isEqualTo("db");
        assertThat(n.get(io.kmipserver.codec.attribute.AttributeKey.vendor("x", "owner"))).isNotNull();
        assertThat(n.names()).containsExactly(Name.text("rotating"));
        assertThat(o.names()).isEmpty();
        assertThat(n.links()).containsExactly(new Link(LinkType.REPLACED_OBJECT_LINK, old));
        assertThat(o.links()).containsExactly(new Link(LinkType.REPLACEMENT_OBJECT_LINK, fresh));
        assertThat(n.dateOf(Tag.INITIAL_DATE)).isEqualTo(KmipHarness.T0.plus(Duration.ofDays(30)));
        assertThat(n.activationDate()).isEqualTo(KmipHarness.T0).as("copied without Offset");
        assertThat(n.state()).isEqualTo(State.ACTIVE);
        assertThat(getKey(V14, fresh, null).keyBlock().keyBytes()).isNotEqualTo(getKey(V14, old, null).keyBlock().keyBytes());
    }

    @Test
    void reKeyWithOffsetActivatesTheReplacementLater() {
        String old = h.one(V21, h.a, createAes(128)).payload(CreateResponse.class).uniqueIdentifier();
        h.one(V21, h.a, activate(old));

        String fresh = h.one(V21, h.a, new ReKeyRequest(uid(old), 3600L, null, null, null))
                .payload(ReKeyResponse.class).uniqueIdentifier();
        ResponseBatchItem neverActivated = h.one(V21, h.a, new ReKeyRequest(uid(fresh), 60L, null, null, null));

        Attributes n = h.one(V21, h.a, getAttributes(fresh)).payload(GetAttributesResponse.class).attributes();
        assertThat(n.activationDate()).isEqualTo(KmipHarness.T0.plusSeconds(3600));
        assertThat(n.state()).isEqualTo(State.PRE_ACTIVE);
        assertThat(neverActivated.isSuccess()).isTrue();
    }

    @Test
    void reKeyRefusesObjectsItCannotReplace() {
        String gone = h.one(V14, h.a, createAes(128)).payload(CreateResponse.class).uniqueIdentifier();
        h.one(V14, h.a, Requests.destroy(gone));
        String opaque = h.one(V14, h.a, new RegisterRequest(ObjectType.OPAQUE_OBJECT, Attributes.EMPTY, List.of(),
                new OpaqueObject(0x80000001, bytes(4, 1)), null)).payload(RegisterResponse.class).uniqueIdentifier();
        String noActivation = h.one(V14, h.a, createAes(128)).payload(CreateResponse.class).uniqueIdentifier();

        assertThat(h.one(V14, h.a, new ReKeyRequest(uid(gone), null, null, null, null)).resultReason())
                .isEqualTo(ResultReason.KEY_VALUE_NOT_PRESENT);
        assertThat(h.one(V14, h.a, new ReKeyRequest(uid(opaque), null, null, null, null)).resultReason())
                .isEqualTo(ResultReason.PERMISSION_DENIED);
        assertThat(h.one(V21, h.a, new ReKeyRequest(uid(opaque), null, null, null, null)).resultReason())
                .isEqualTo(ResultReason.INVALID_OBJECT_TYPE);
        assertThat(h.one(V14, h.a, new ReKeyRequest(uid(noActivation), 60L, null, null, null)).resultReason())
                .isEqualTo(ResultReason.ILLEGAL_OPERATION);
    }

    @Test
    void checkAcceptsAllowedUsesAndRefusesOthersEmptyingThePlaceholder() {
        String id = h.one(V14, h.a, createAes(128)).payload(CreateResponse.class).uniqueIdentifier();
        int encrypt = CryptographicUsageMask.ENCRYPT.bit();
        int sign = CryptographicUsageMask.SIGN.bit();

        ResponseBatchItem allowed = h.one(V14, h.a, new CheckRequest(uid(id), null, encrypt, null));
        var batch = h.batch(V14, h.a, io.kmipserver.codec.spec.BatchErrorContinuationOption.CONTINUE,
                createAes(128), new CheckRequest(null, null, sign, null), Requests.getPlaceholder());

        assertThat(allowed.isSuccess()).isTrue();
        assertThat(batch.batchItems().get(1).resultReason()).isEqualTo(ResultReason.PERMISSION_DENIED);
        assertThat(batch.batchItems().get(2).resultReason()).isEqualTo(ResultReason.MISSING_DATA);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
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
}
