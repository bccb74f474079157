package io.kmipserver.codec.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.codec.object.KeyBlock;
import io.kmipserver.codec.object.KeyMaterial;
import io.kmipserver.codec.object.KeyValue;
import io.kmipserver.codec.object.OpaqueObject;
import io.kmipserver.codec.object.PrivateKey;
import io.kmipserver.codec.object.RawObject;
import io.kmipserver.codec.object.SymmetricKey;
import io.kmipserver.codec.payload.DecryptResponse;
import io.kmipserver.codec.payload.EncryptRequest;
import io.kmipserver.codec.payload.GetResponse;
import io.kmipserver.codec.payload.UniqueIdentifierRef;
import io.kmipserver.codec.spec.AsynchronousIndicator;
import io.kmipserver.codec.spec.CredentialType;
import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.KeyFormatType;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.netty.buffer.Unpooled;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No toString() of the model prints a password, key material, plaintext or a private key part. */
class SecretHygieneTest {

    private static final String PASSWORD = "correct-horse-battery-staple";
    private static final byte[] KEY = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");
    private static final String KEY_HEX = "00112233445566778899aabbccddeeff";

    @Test
    void aDecodedRequestWithCredentialsNeverPrintsThePassword() {
        RequestHeader header = new RequestHeader(ProtocolVersion.V2_1, null, null, null, AsynchronousIndicator.PROHIBITED,
                null, List.of(), Authentication.of(new Credential.UsernamePassword("alice", PASSWORD),
                        new Credential.Device("sn-1", PASSWORD, null, null, null, null),
                        new Credential.Other(CredentialType.ONE_TIME_PASSWORD, Ttlv.s(Tag.CREDENTIAL_VALUE,
                                Ttlv.t(Tag.USERNAME, "alice"), Ttlv.t(Tag.ONE_TIME_PASSWORD, PASSWORD)))),
                null, null, null, 1, List.of());
        RequestMessage sent = new RequestMessage(header,
                List.of(RequestBatchItem.of(new io.kmipserver.codec.payload.ActivateRequest(UniqueIdentifierRef.of("u")))));
        RequestMessage decoded = KmipMessages.decodeRequest(Unpooled.wrappedBuffer(PayloadRoundTripTest.encode(sent)));

        assertThat(decoded).isEqualTo(sent);
        Credential.UsernamePassword up = (Credential.UsernamePassword) decoded.header().authentication().credentials().get(0);
        assertThat(up.password()).isEqualTo(PASSWORD);
        assertThat(decoded.toString()).contains("alice").doesNotContain(PASSWORD);
        assertThat(decoded.header().toString()).doesNotContain(PASSWORD);
        assertThat(decoded.header().asynchronousIndicator()).isEqualTo(AsynchronousIndicator.PROHIBITED);
    }

    @Test
    void keyMaterialPrintsAsItsLengthOnly() {
        GetResponse raw = new GetResponse(ObjectType.SYMMETRIC_KEY, "u", new SymmetricKey(
                KeyBlock.raw(KEY, CryptographicAlgorithm.AES, 128)));
        GetResponse transparent = new GetResponse(ObjectType.SYMMETRIC_KEY, "u", new SymmetricKey(new KeyBlock(
                KeyFormatType.TRANSPARENT_SYMMETRIC_KEY, null, new KeyValue.Plain(new KeyMaterial.TransparentSymmetricKey(KEY)),
                CryptographicAlgorithm.AES, 128, null)));
        GetResponse rsa = new GetResponse(ObjectType.PRIVATE_KEY, "u", new PrivateKey(new KeyBlock(
                KeyFormatType.TRANSPARENT_RSA_PRIVATE_KEY, null, new KeyValue.Plain(new KeyMaterial.Structured(
                        new TtlvItem.Structure(Tag.KEY_MATERIAL, new TtlvItem.BigIntegerItem(Tag.PRIVATE_EXPONENT,
                                new BigInteger("123456789123456789"))))), CryptographicAlgorithm.RSA, 2048, null)));
        for (Object o : List.of(raw, transparent, new KeyValue.Wrapped(KEY), new OpaqueObject(1, KEY),
                new RawObject(ObjectType.SPLIT_KEY, new TtlvItem.Structure(Tag.SPLIT_KEY, new TtlvItem.ByteString(Tag.KEY, KEY))))) {
            assertThat(o.toString()).doesNotContainIgnoringCase(KEY_HEX).doesNotContain("[0, 17, 34");
        }
        assertThat(rsa.toString()).doesNotContain("123456789123456789");
        assertThat(raw.toString()).contains("length=16");
    }

    @Test
    void plaintextAndCiphertextPrintAsTheirLength() {
        EncryptRequest encrypt = new EncryptRequest(UniqueIdentifierRef.of("u"), null, KEY, null, null, null, null, null);
        DecryptResponse decrypt = new DecryptResponse("u", KEY, null);
        assertThat(encrypt.toString()).contains("data=<16 bytes>").doesNotContainIgnoringCase(KEY_HEX);
        assertThat(decrypt.toString()).contains("data=<16 bytes>");
        assertThat(encrypt).isEqualTo(new EncryptRequest(UniqueIdentifierRef.of("u"), null, KEY.clone(), null, null, null,
                null, null));
    }
}
