package io.kmipserver.codec.robustness;

import static io.kmipserver.codec.robustness.Wire.concat;
import static io.kmipserver.codec.robustness.Wire.hex;
import static io.kmipserver.codec.robustness.Wire.integer;
import static io.kmipserver.codec.robustness.Wire.item;
import static io.kmipserver.codec.robustness.Wire.request;
import static io.kmipserver.codec.robustness.Wire.structure;
import static io.kmipserver.codec.robustness.Wire.textString;
import static io.kmipserver.codec.spec.Tag.ASYNCHRONOUS_INDICATOR;
import static io.kmipserver.codec.spec.Tag.BATCH_COUNT;
import static io.kmipserver.codec.spec.Tag.BATCH_ITEM;
import static io.kmipserver.codec.spec.Tag.REQUEST_MESSAGE;
import static io.kmipserver.codec.spec.Tag.UNIQUE_IDENTIFIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kmipserver.codec.robustness.FrameHarness.Feed;
import io.kmipserver.codec.ttlv.TtlvDecodeException;
import io.kmipserver.codec.ttlv.TtlvDecodeException.Problem;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.codec.ttlv.TtlvReader;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per TTLV encoding rule (KMIP 1.4 §9.1.1, 2.1 §10.1) that {@link TtlvReader} enforces. Each
 * malformed item is wrapped in a well-framed Request Message, sent one byte per read through the
 * {@code KmipFrameDecoder} (which passes it: the body is not its business) and then decoded.
 */
class MalformedTtlvTest {

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x0C, 0x7F, 0xFF})
    void aTypeByteThatNamesNoTypeIsRejected(int type) {
        TtlvDecodeException e = decodeAfterFraming(request(item(UNIQUE_IDENTIFIER, type, 8, new byte[8])));
        assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_ITEM_TYPE);
        assertThat(e.tag()).isEqualTo(UNIQUE_IDENTIFIER);
        assertThat(e.offset()).isEqualTo(8);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x000000, 0x410094, 0x430094, 0x550001, 0xFF0000})
    void aTagWhoseFirstByteIsNeither42Nor54IsRejected(int tag) {
        // KMIP 1.4 §9.1.1.1: "all tags SHALL contain either the value 42 in hex or the value 54 in
        // hex as the high order (first) byte".
        TtlvDecodeException e = decodeAfterFraming(request(integer(tag, 1)));
        assertThat(e.problem()).isEqualTo(Problem.UNEXPECTED_TAG);
        assertThat(e.tag()).isEqualTo(tag);
        assertThat(e.offset()).isEqualTo(8);
    }

    @Test
    void anExtensionTagStartingWith54IsAccepted() {
        TtlvItem item = decodeFrame(frameOf(request(integer(0x540001, 7))));
        assertThat(((TtlvItem.Structure) item).items()).containsExactly(new TtlvItem.IntegerItem(0x540001, 7));
    }

    @Test
    void anIntegerWithLengthEightIsRejected() {
        // KMIP 1.4 §9.1.1.3 Table 287: an Integer's length is 4.
        TtlvDecodeException e = decodeAfterFraming(request(item(BATCH_COUNT, 0x02, 8, new byte[8])));
        assertThat(e.problem()).isEqualTo(Problem.LENGTH_TYPE_MISMATCH);
        assertThat(e.tag()).isEqualTo(BATCH_COUNT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000000000000002", "0100000000000000", "FFFFFFFFFFFFFFFF"})
    void aBooleanOtherThanZeroOrOneIsRejected(String value) {
        // KMIP 1.4 §9.1.1.4: a Boolean is 0x0000000000000000 or 0x0000000000000001.
        TtlvDecodeException e = decodeAfterFraming(request(item(ASYNCHRONOUS_INDICATOR, 0x06, 8, hex(value))));
        assertThat(e.problem()).isEqualTo(Problem.BAD_BOOLEAN);
        assertThat(e.tag()).isEqualTo(ASYNCHRONOUS_INDICATOR);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "420094 02 00000004 00000001 00000001", // Integer padding
        "420094 05 00000004 00000001 01000000", // Enumeration padding
        "420094 07 00000003 616263 0000000001", // Text String padding
        "420094 08 00000001 01 00000000000080", // Byte String padding
    })
    void nonZeroPaddingIsRejected(String item) {
        // KMIP 1.4 §9.1.1.3: items are padded with zero bytes to a multiple of eight.
        TtlvDecodeException e = decodeAfterFraming(request(hex(item)));
        assertThat(e.problem()).isEqualTo(Problem.BAD_PADDING);
        assertThat(e.tag()).isEqualTo(UNIQUE_IDENTIFIER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "C328", // a lead byte followed by a non-continuation byte
        "C080", // overlong encoding of NUL
        "EDA080", // a UTF-16 surrogate
        "F4908080", // beyond U+10FFFF
        "FF", // never valid in UTF-8
        "61E282", // a sequence cut short at the end
    })
    void aTextStringThatIsNotUtf8IsRejected(String bytes) {
        // KMIP 1.4 §9.1.1.4: Text Strings are UTF-8.
        TtlvDecodeException e = decodeAfterFraming(request(textString(UNIQUE_IDENTIFIER, hex(bytes))));
        assertThat(e.problem()).isEqualTo(Problem.BAD_UTF8);
        assertThat(e.tag()).isEqualTo(UNIQUE_IDENTIFIER);
    }

    @Test
    void structuresNestedThirtyThreeDeepAreRejected() {
        TtlvDecodeException e = decodeAfterFraming(nested(TtlvReader.MAX_DEPTH + 1));
        assertThat(e.problem()).isEqualTo(Problem.TOO_DEEP);
    }

    @Test
    void structuresNestedThirtyTwoDeepAreAccepted() {
        TtlvItem item = decodeFrame(frameOf(nested(TtlvReader.MAX_DEPTH)));
        int depth = 0;
        while (item instanceof TtlvItem.Structure s) {
            depth++;
            item = s.items().get(0);
        }
        assertThat(depth).isEqualTo(TtlvReader.MAX_DEPTH);
    }

    @Test
    void aChildRunningPastTheEndOfItsParentIsRejected() {
        // The Batch Item says 16 bytes, but its Text String child needs 8 + 24.
        byte[] child = textString(UNIQUE_IDENTIFIER, "twenty bytes of text".getBytes(StandardCharsets.US_ASCII));
        byte[] lyingParent = item(BATCH_ITEM, 0x01, 16, child);
        TtlvDecodeException e = decodeAfterFraming(request(lyingParent));
        assertThat(e.problem()).isEqualTo(Problem.LENGTH_OVERRUNS_PARENT);
        assertThat(e.tag()).isEqualTo(UNIQUE_IDENTIFIER);
    }

    @Test
    void aChildHeaderCutByTheEndOfItsParentIsRejected() {
        // The parent's 8 bytes hold half of a 16-byte Integer.
        byte[] lyingParent = item(BATCH_ITEM, 0x01, 8, integer(BATCH_COUNT, 1));
        TtlvDecodeException e = decodeAfterFraming(request(lyingParent));
        assertThat(e.problem()).isEqualTo(Problem.LENGTH_OVERRUNS_PARENT);
    }

    @Test
    void trailingBytesInsideAStructureAreRejectedWhenItIsLeft() {
        // A typed decoder reads the fields it knows and then leaves the structure.
        byte[] message = request(integer(BATCH_COUNT, 1), integer(BATCH_COUNT, 2));
        ByteBuf frame = Unpooled.wrappedBuffer(frameOf(message));
        TtlvReader reader = new TtlvReader(frame);
        reader.enterStructure(REQUEST_MESSAGE);
        assertThat(reader.readInteger(BATCH_COUNT)).isEqualTo(1);
        TtlvDecodeException e = catchThrowableOfType(TtlvDecodeException.class, reader::exitStructure);
        assertThat(e.problem()).isEqualTo(Problem.TRAILING_BYTES);
        assertThat(e.offset()).isEqualTo(24);
    }

    @Test
    void trailingGarbageInsideAStructureIsRejected() {
        // Eight bytes after the last field that form no item: tag 0x000000, type 0x00.
        TtlvDecodeException e = decodeAfterFraming(request(integer(BATCH_COUNT, 1), new byte[8]));
        assertThat(e.problem()).isEqualTo(Problem.UNEXPECTED_TAG);
        assertThat(e.offset()).isEqualTo(24);
    }

    @Test
    void bytesAfterTheTopLevelItemAreRejected() {
        byte[] message = concat(request(integer(BATCH_COUNT, 1)), integer(BATCH_COUNT, 1));
        TtlvDecodeException e = decode(message);
        assertThat(e.problem()).isEqualTo(Problem.TRAILING_BYTES);
    }

    @Test
    void aTruncatedItemIsRejected() {
        byte[] message = request(integer(BATCH_COUNT, 1));
        TtlvDecodeException e = decode(java.util.Arrays.copyOf(message, message.length - 4));
        assertThat(e.problem()).isEqualTo(Problem.TRUNCATED);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, 12})
    void aBigIntegerWhoseLengthIsNotAPositiveMultipleOfEightIsRejected(int length) {
        // KMIP 1.4 §9.1.1.3 Table 287: Big Integer "Varies, multiple of 8".
        byte[] body = new byte[(length + 7) & ~7];
        TtlvDecodeException e = decodeAfterFraming(request(item(UNIQUE_IDENTIFIER, 0x04, length, body)));
        assertThat(e.problem()).isEqualTo(Problem.LENGTH_TYPE_MISMATCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "0000000000000000 0000000000000001", // 1 needs one word, not two
        "FFFFFFFFFFFFFFFF FF3D20B9E7F80000", // found by the fuzzer: a negative value with a spare word
        "0000000000000000 0000000000000000", // zero is one word of zeros
    })
    void aBigIntegerWithMoreSignExtensionThanItNeedsIsRejected(String value) {
        // KMIP 1.4 §9.1.1.4: Big Integers "SHALL be padded with the minimal number of leading
        // sign-extended bytes to make the length a multiple of eight bytes".
        TtlvDecodeException e = decodeAfterFraming(request(item(UNIQUE_IDENTIFIER, 0x04, 16, hex(value))));
        assertThat(e.problem()).isEqualTo(Problem.BAD_PADDING);
        assertThat(e.tag()).isEqualTo(UNIQUE_IDENTIFIER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "0000000000000000 8000000000000000", // the high bit set: a positive value needs the zero word
        "FFFFFFFFFFFFFFFF 7FFFFFFFFFFFFFFF", // the high bit clear: a negative value needs the 0xFF word
    })
    void aBigIntegerWhoseSignWordIsNeededIsAccepted(String value) {
        TtlvItem item = decodeFrame(frameOf(request(item(UNIQUE_IDENTIFIER, 0x04, 16, hex(value)))));
        TtlvItem.BigIntegerItem big = (TtlvItem.BigIntegerItem) ((TtlvItem.Structure) item).items().get(0);
        assertThat(big.value().bitLength()).isEqualTo(64);
    }

    @Test
    void anInnerStructureWhoseLengthIsNotAMultipleOfEightIsRejected() {
        byte[] inner = item(BATCH_ITEM, 0x01, 12, concat(integer(BATCH_COUNT, 1)));
        TtlvDecodeException e = decodeAfterFraming(request(inner));
        assertThat(e.problem()).isEqualTo(Problem.LENGTH_TYPE_MISMATCH);
        assertThat(e.tag()).isEqualTo(BATCH_ITEM);
    }

    // ---- helpers

    /** {@code depth} Structures, each holding the next; the outermost is a Request Message. */
    private static byte[] nested(int depth) {
        byte[] inner = integer(BATCH_COUNT, 1);
        for (int i = 1; i < depth; i++) {
            inner = structure(BATCH_ITEM, inner);
        }
        return request(inner);
    }

    /** Sends the message through the frame decoder one byte per read and returns its frame. */
    private static byte[] frameOf(byte[] message) {
        try (FrameHarness h = FrameHarness.server()) {
            h.feed(message, Feed.ONE_BYTE_PER_READ);
            List<Object> out = h.drain();
            assertThat(out).as("the frame decoder passes a well-framed message").hasSize(1);
            assertThat(out.get(0)).isInstanceOf(byte[].class);
            return (byte[]) out.get(0);
        }
    }

    private static TtlvItem decodeFrame(byte[] frame) {
        return TtlvReader.decode(Unpooled.wrappedBuffer(frame));
    }

    private static TtlvDecodeException decodeAfterFraming(byte[] message) {
        return decode(frameOf(message));
    }

    private static TtlvDecodeException decode(byte[] bytes) {
        TtlvDecodeException e = catchThrowableOfType(TtlvDecodeException.class, () -> decodeFrame(bytes));
        assertThat(e).as("decoding must fail with a TtlvDecodeException").isNotNull();
        return e;
    }
}
