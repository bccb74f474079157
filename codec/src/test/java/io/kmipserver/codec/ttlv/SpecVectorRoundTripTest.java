package io.kmipserver.codec.ttlv;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SpecVectorRoundTripTest {

    record Vector(String id, String hex) {
        @Override
        public String toString() {
            return id;
        }
    }

    static List<Vector> vectors() throws IOException {
        Path csv = Path.of("src/test/resources/vectors/vectors.csv");
        List<Vector> out = new ArrayList<>();
        for (String line : Files.readAllLines(csv)) {
            if (line.startsWith("id,") || line.isBlank()) {
                continue;
            }
            String id = line.substring(0, line.indexOf(','));
            String hex = line.substring(line.lastIndexOf(',') + 1).trim();
            out.add(new Vector(id, hex));
        }
        assertThat(out).hasSize(37);
        return out;
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void everyVectorDecodesAndReencodesToIdenticalBytes(Vector v) {
        byte[] wire = HexFormat.of().parseHex(v.hex());
        TtlvItem item = TtlvReader.decode(Unpooled.wrappedBuffer(wire));
        ByteBuf out = Unpooled.buffer();
        TtlvWriter.encode(item, out);
        byte[] again = new byte[out.readableBytes()];
        out.readBytes(again);
        assertThat(HexFormat.of().formatHex(again)).isEqualToIgnoringCase(v.hex());
    }
}
