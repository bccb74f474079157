package io.kmipserver.codec.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.attribute.Link;
import io.kmipserver.codec.attribute.Name;
import io.kmipserver.codec.object.KeyBlock;
import io.kmipserver.codec.object.SymmetricKey;
import io.kmipserver.codec.payload.EncryptRequest;
import io.kmipserver.codec.payload.GetAttributesResponse;
import io.kmipserver.codec.payload.GetResponse;
import io.kmipserver.codec.payload.LocateRequest;
import io.kmipserver.codec.payload.UniqueIdentifierRef;
import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.LinkType;
import io.kmipserver.codec.spec.NameType;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.netty.buffer.Unpooled;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Property-based round trips: arbitrary attribute sets, key material and crypto payloads survive
 * encoding and decoding in every version, minus exactly what the version does not define.
 */
class PayloadProperties {

    @Property(tries = 200)
    void attributesComeBackAsTheVersionCanCarryThem(@ForAll("attributes") Attributes attributes,
            @ForAll KmipVersion version) {
        ResponseMessage sent = ResponseMessage.of(ProtocolVersion.of(version), Instant.ofEpochSecond(1),
                List.of(ResponseBatchItem.success((byte[]) null, new GetAttributesResponse("u", attributes))));
        ResponseMessage received = KmipMessages.decodeResponse(Unpooled.wrappedBuffer(PayloadRoundTripTest.encode(sent)));
        Attributes back = received.batchItems().get(0).payload(GetAttributesResponse.class).attributes();
        assertThat(back).isEqualTo(attributes.knownIn(version));
    }

    @Property(tries = 200)
    void locateRequestsRoundTrip(@ForAll("attributes") Attributes attributes, @ForAll("versions") KmipVersion version,
            @ForAll @IntRange(min = 1, max = 1000) int maximumItems) {
        LocateRequest locate = new LocateRequest(maximumItems, null, null, null,
                attributes.knownIn(version));
        RequestMessage sent = RequestMessage.of(ProtocolVersion.of(version), locate);
        assertThat(KmipMessages.decodeRequest(Unpooled.wrappedBuffer(PayloadRoundTripTest.encode(sent)))).isEqualTo(sent);
    }

    @Property(tries = 200)
    void keyMaterialAndCryptoDataOfAnyLengthRoundTrip(@ForAll("bytes") byte[] key, @ForAll("bytes") byte[] data,
            @ForAll("versions") KmipVersion version) {
        GetResponse get = new GetResponse(ObjectType.SYMMETRIC_KEY, "u",
                new SymmetricKey(KeyBlock.raw(key, CryptographicAlgorithm.AES, key.length * 8)));
        ResponseMessage response = ResponseMessage.of(ProtocolVersion.of(version), Instant.ofEpochSecond(1),
                List.of(ResponseBatchItem.success(data, get)));
        assertThat(KmipMessages.decodeResponse(Unpooled.wrappedBuffer(PayloadRoundTripTest.encode(response))))
                .isEqualTo(response);

        EncryptRequest encrypt = new EncryptRequest(UniqueIdentifierRef.of("u"), null, data, key.length > 0 ? key : null,
                null, null, null, null);
        RequestMessage request = RequestMessage.of(ProtocolVersion.of(version), encrypt);
        assertThat(KmipMessages.decodeRequest(Unpooled.wrappedBuffer(PayloadRoundTripTest.encode(request))))
                .isEqualTo(request);
    }

    @Provide
    Arbitrary<KmipVersion> versions() {
        return Arbitraries.of(KmipVersion.V1_2, KmipVersion.V1_3, KmipVersion.V1_4, KmipVersion.V2_0, KmipVersion.V2_1);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(70);
    }

    @Provide
    Arbitrary<Attributes> attributes() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '~').withChars('é', '€', '鍵').ofMaxLength(20);
        Arbitrary<Attribute> one = Arbitraries.oneOf(
                Arbitraries.of(CryptographicAlgorithm.AES, CryptographicAlgorithm.RSA, CryptographicAlgorithm.HMAC_SHA256)
                        .map(a -> Attribute.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, a)),
                Arbitraries.integers().map(i -> Attribute.integer(Tag.CRYPTOGRAPHIC_LENGTH, i)),
                Arbitraries.integers().map(i -> Attribute.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, i)),
                Arbitraries.of(State.class).map(s -> Attribute.enumeration(Tag.STATE, s)),
                text.map(t -> Attribute.text(Tag.OBJECT_GROUP, t)),
                text.map(t -> Attribute.text(Tag.DESCRIPTION, t)),
                Combinators.combine(text, Arbitraries.of(NameType.class)).as(Name::new).map(Name::toAttribute),
                Combinators.combine(Arbitraries.of(LinkType.class), text).as(Link::new).map(Link::toAttribute),
                Arbitraries.longs().between(0, 4_000_000_000L).map(s -> Attribute.dateTime(Tag.ACTIVATION_DATE,
                        Instant.ofEpochSecond(s))),
                Arbitraries.of(true, false).map(b -> Attribute.bool(Tag.QUANTUM_SAFE, b)),
                Combinators.combine(Arbitraries.of("x", "y", "acme"), Arbitraries.strings().alpha().ofMinLength(1)
                        .ofMaxLength(8), text).as((v, n, t) -> Attribute.vendor(v, n,
                                new TtlvItem.TextString(Tag.ATTRIBUTE_VALUE, t))));
        return one.list().ofMaxSize(8).map(Attributes::of);
    }
}
