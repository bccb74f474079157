package io.kmipserver.codec.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The message vectors (KMIP Test Cases 1.1, Use Cases 1.0) of src/test/resources/vectors/vectors.csv. */
final class MessageVectors {

    record Vector(String id, byte[] bytes) {
        ByteBuf buffer() {
            return Unpooled.wrappedBuffer(bytes);
        }

        @Override
        public String toString() {
            return id;
        }
    }

    private MessageVectors() {
    }

    static List<Vector> all() {
        List<Vector> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of("src/test/resources/vectors/vectors.csv"))) {
                if (!line.startsWith("TC11-") && !line.startsWith("UC10-")) {
                    continue;
                }
                String id = line.substring(0, line.indexOf(','));
                String hex = line.substring(line.lastIndexOf(',') + 1).trim();
                out.add(new Vector(id, HexFormat.of().parseHex(hex)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(out).hasSize(21);
        return out;
    }

    static List<Vector> requests() {
        return all().stream().filter(MessageVectors::isRequestVector).toList();
    }

    static List<Vector> responses() {
        return all().stream().filter(v -> !isRequestVector(v)).toList();
    }

    static Vector byId(String id) {
        return all().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    /** The first tag of every message says which it is: 0x420078 request, 0x42007B response. */
    private static boolean isRequestVector(Vector v) {
        return (v.bytes()[2] & 0xFF) == 0x78;
    }

    static byte[] bytes(ByteBuf buf) {
        byte[] out = new byte[buf.readableBytes()];
        buf.readBytes(out);
        buf.release();
        return out;
    }
}
