package io.kmipserver.bench.codec;

import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvWriter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.UUID;

/**
 * The four messages the codec benchmarks measure, encoded once as KMIP 1.4 TTLV. Their shapes
 * follow the spec tables (KMIP 1.4 §7.1 message structure, §4 operation payloads) and the
 * KMIP 1.1 test cases they resemble (TC 3.1.1 Create, 3.1.3 Get; Use Case 4.1 Locate).
 */
public enum SampleMessages {

    /** Get request for one identifier, no Key Format Type: the most frequent request. */
    GET_REQUEST {
        @Override
        void write(TtlvWriter w) {
            w.beginStructure(Tag.REQUEST_MESSAGE);
            requestHeader(w);
            w.beginStructure(Tag.BATCH_ITEM)
                    .writeEnumeration(Tag.OPERATION, 0x0A) // Get
                    .beginStructure(Tag.REQUEST_PAYLOAD)
                    .writeTextString(Tag.UNIQUE_IDENTIFIER, "49a1ca88-6bea-4fb2-b450-7e58802c3038")
                    .endStructure()
                    .endStructure();
            w.endStructure();
        }
    },

    /** Get response carrying a 32-byte AES key (Raw key format). */
    GET_RESPONSE_AES_256 {
        @Override
        void write(TtlvWriter w) {
            w.beginStructure(Tag.RESPONSE_MESSAGE);
            responseHeader(w);
            w.beginStructure(Tag.BATCH_ITEM)
                    .writeEnumeration(Tag.OPERATION, 0x0A)
                    .writeEnumeration(Tag.RESULT_STATUS, 0) // Success
                    .beginStructure(Tag.RESPONSE_PAYLOAD)
                    .writeEnumeration(Tag.OBJECT_TYPE, 2) // Symmetric Key
                    .writeTextString(Tag.UNIQUE_IDENTIFIER, "49a1ca88-6bea-4fb2-b450-7e58802c3038")
                    .beginStructure(Tag.SYMMETRIC_KEY)
                    .beginStructure(Tag.KEY_BLOCK)
                    .writeEnumeration(Tag.KEY_FORMAT_TYPE, 1) // Raw
                    .beginStructure(Tag.KEY_VALUE)
                    .writeByteString(Tag.KEY_MATERIAL, new byte[32]) // a benchmark key, all zeros
                    .endStructure()
                    .writeEnumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, 3) // AES
                    .writeInteger(Tag.CRYPTOGRAPHIC_LENGTH, 256)
                    .endStructure()
                    .endStructure()
                    .endStructure()
                    .endStructure();
            w.endStructure();
        }
    },

    /** Create request for an AES-256 key with four attributes in a 1.x Template-Attribute. */
    CREATE_REQUEST_FOUR_ATTRIBUTES {
        @Override
        void write(TtlvWriter w) {
            w.beginStructure(Tag.REQUEST_MESSAGE);
            requestHeader(w);
            w.beginStructure(Tag.BATCH_ITEM)
                    .writeEnumeration(Tag.OPERATION, 0x01) // Create
                    .beginStructure(Tag.REQUEST_PAYLOAD)
                    .writeEnumeration(Tag.OBJECT_TYPE, 2)
                    .beginStructure(Tag.TEMPLATE_ATTRIBUTE);
            attribute(w, "Cryptographic Algorithm").writeEnumeration(Tag.ATTRIBUTE_VALUE, 3).endStructure();
            attribute(w, "Cryptographic Length").writeInteger(Tag.ATTRIBUTE_VALUE, 256).endStructure();
            attribute(w, "Cryptographic Usage Mask").writeInteger(Tag.ATTRIBUTE_VALUE, 0x0C).endStructure();
            attribute(w, "Name")
                    .beginStructure(Tag.ATTRIBUTE_VALUE)
                    .writeTextString(Tag.NAME_VALUE, "payments/2026/key-0001")
                    .writeEnumeration(Tag.NAME_TYPE, 1) // Uninterpreted Text String
                    .endStructure()
                    .endStructure();
            w.endStructure().endStructure().endStructure();
            w.endStructure();
        }
    },

    /** Locate response listing 1,000 identifiers. */
    LOCATE_RESPONSE_1000_IDS {
        @Override
        void write(TtlvWriter w) {
            w.beginStructure(Tag.RESPONSE_MESSAGE);
            responseHeader(w);
            w.beginStructure(Tag.BATCH_ITEM)
                    .writeEnumeration(Tag.OPERATION, 0x08) // Locate
                    .writeEnumeration(Tag.RESULT_STATUS, 0)
                    .beginStructure(Tag.RESPONSE_PAYLOAD)
                    .writeInteger(Tag.LOCATED_ITEMS, LOCATE_COUNT);
            for (int i = 0; i < LOCATE_COUNT; i++) {
                w.writeTextString(Tag.UNIQUE_IDENTIFIER, new UUID(0x49a1ca886bea4fb2L, i).toString());
            }
            w.endStructure().endStructure();
            w.endStructure();
        }
    };

    static final int LOCATE_COUNT = 1000;

    /** A fixed Time Stamp, 2026-11-22T00:00:00Z, so that every run encodes the same bytes. */
    static final long TIME_STAMP = 1_795_305_600L;

    abstract void write(TtlvWriter w);

    /** True for a Request Message, false for a Response Message. */
    public boolean isRequest() {
        return this == GET_REQUEST || this == CREATE_REQUEST_FOUR_ATTRIBUTES;
    }

    /** The message's TTLV bytes. */
    public byte[] bytes() {
        ByteBuf buf = Unpooled.buffer();
        write(new TtlvWriter(buf));
        return ByteBufUtil.getBytes(buf);
    }

    private static void requestHeader(TtlvWriter w) {
        w.beginStructure(Tag.REQUEST_HEADER);
        protocolVersion(w);
        w.writeInteger(Tag.BATCH_COUNT, 1).endStructure();
    }

    private static void responseHeader(TtlvWriter w) {
        w.beginStructure(Tag.RESPONSE_HEADER);
        protocolVersion(w);
        w.writeDateTime(Tag.TIME_STAMP, TIME_STAMP).writeInteger(Tag.BATCH_COUNT, 1).endStructure();
    }

    private static void protocolVersion(TtlvWriter w) {
        w.beginStructure(Tag.PROTOCOL_VERSION)
                .writeInteger(Tag.PROTOCOL_VERSION_MAJOR, 1)
                .writeInteger(Tag.PROTOCOL_VERSION_MINOR, 4)
                .endStructure();
    }

    /** Opens an Attribute and writes its name; the caller writes the value and closes it. */
    private static TtlvWriter attribute(TtlvWriter w, String name) {
        return w.beginStructure(Tag.ATTRIBUTE).writeTextString(Tag.ATTRIBUTE_NAME, name);
    }
}
