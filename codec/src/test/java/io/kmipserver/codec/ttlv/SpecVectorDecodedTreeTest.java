package io.kmipserver.codec.ttlv;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.codec.spec.TagRegistry;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every vector of {@code vectors.csv} decodes to the value its description states: the decoded tree,
 * printed in the format of {@code vectors-decoded.txt}, equals that file's block for the vector,
 * line by line. The round trip ({@link SpecVectorRoundTripTest}) shows the bytes are kept; this shows
 * they are understood.
 */
class SpecVectorDecodedTreeTest {

    private static final Path CSV = Path.of("src/test/resources/vectors/vectors.csv");
    private static final Path DECODED = Path.of("src/test/resources/vectors/vectors-decoded.txt");
    private static final int REQUEST_MESSAGE = 0x420078;
    private static final int RESPONSE_MESSAGE = 0x42007B;

    record Vector(String id, String hex, List<String> expectedTree) {
        @Override
        public String toString() {
            return id;
        }
    }

    static List<Vector> vectors() throws IOException {
        Map<String, List<String>> blocks = blocks();
        List<Vector> out = new ArrayList<>();
        for (String line : Files.readAllLines(CSV)) {
            if (line.startsWith("id,") || line.isBlank()) {
                continue;
            }
            String id = line.substring(0, line.indexOf(','));
            String hex = line.substring(line.lastIndexOf(',') + 1).trim();
            assertThat(blocks).as("vectors-decoded.txt describes %s", id).containsKey(id);
            out.add(new Vector(id, hex, blocks.get(id)));
        }
        return out;
    }

    @Test
    void theDecodedFileDescribesExactlyTheThirtySevenVectors() throws IOException {
        assertThat(blocks().keySet()).containsExactlyElementsOf(vectors().stream().map(Vector::id).toList());
        assertThat(blocks()).hasSize(37);
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void everyVectorDecodesToTheTreeItsDescriptionStates(Vector v) {
        TtlvItem item = TtlvReader.decode(Unpooled.wrappedBuffer(HexFormat.of().parseHex(v.hex())));
        assertThat(print(item)).isEqualTo(v.expectedTree());
    }

    /** Blocks of the decoded file: "== ID: description", then the tree, then a blank line. */
    private static Map<String, List<String>> blocks() throws IOException {
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Files.readAllLines(DECODED)) {
            if (line.startsWith("== ")) {
                String id = line.substring(3, line.indexOf(':'));
                current = new ArrayList<>();
                assertThat(blocks.put(id, current)).as("block %s appears once", id).isNull();
            } else if (current != null && !line.isBlank()) {
                current.add(line);
            }
        }
        return blocks;
    }

    /**
     * Prints a tree as the file does. Messages print tag names from the generated registry; the
     * spec's encoding examples (KMIP 1.4 §9.1.2) use tag 0x420020 "generically", ignoring its
     * meaning, so every vector that is not a message prints its tags in hex.
     */
    static List<String> print(TtlvItem top) {
        boolean named = top.tag() == REQUEST_MESSAGE || top.tag() == RESPONSE_MESSAGE;
        List<String> lines = new ArrayList<>();
        print(top, 0, named, lines);
        return lines;
    }

    private static void print(TtlvItem item, int depth, boolean named, List<String> lines) {
        String name = named ? TagRegistry.nameOf(item.tag()) : null;
        String label = "  ".repeat(depth)
                + (name != null ? name : String.format("0x%06X", item.tag()))
                + " (" + item.type().specName() + ")";
        if (item instanceof TtlvItem.Structure s) {
            lines.add(label);
            for (TtlvItem child : s.items()) {
                print(child, depth + 1, named, lines);
            }
        } else {
            lines.add(label + " = " + value(item));
        }
    }

    // Java 17: no pattern matching in switch.
    private static String value(TtlvItem item) {
        if (item instanceof TtlvItem.IntegerItem i) {
            return Integer.toString(i.value());
        } else if (item instanceof TtlvItem.LongInteger l) {
            return Long.toString(l.value());
        } else if (item instanceof TtlvItem.BigIntegerItem b) {
            return b.value().toString();
        } else if (item instanceof TtlvItem.Enumeration e) {
            return Integer.toUnsignedString(e.value());
        } else if (item instanceof TtlvItem.BooleanItem b) {
            return b.value() ? "True" : "False";
        } else if (item instanceof TtlvItem.TextString t) {
            return "'" + t.value() + "'";
        } else if (item instanceof TtlvItem.ByteString b) {
            return "'" + HexFormat.of().withUpperCase().formatHex(b.value()) + "'";
        } else if (item instanceof TtlvItem.DateTime d) {
            return Long.toString(d.epochSeconds());
        } else if (item instanceof TtlvItem.Interval i) {
            return Long.toString(i.seconds());
        } else if (item instanceof TtlvItem.DateTimeExtended d) {
            return Long.toString(d.epochMicros());
        }
        throw new IllegalArgumentException("unknown item " + item.getClass());
    }
}
