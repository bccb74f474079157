package io.kmipserver.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scanner the no-secret ITs rely on finds a planted secret in every form it claims to. */
class SecretScanTest {

    private static final byte[] SECRET = HexFormat.of().parseHex("00112233445566778899aabbccddeeff0102030405060708");

    @Test
    void findsRawHexAndBase64FormsInFilesAndNamesOnlyTheLabel(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("a/b"));
        Files.write(dir.resolve("a/raw.bin"), concat("prefix".getBytes(StandardCharsets.US_ASCII), SECRET));
        Files.writeString(dir.resolve("a/b/upper.txt"), "key=" + HexFormat.of().withUpperCase().formatHex(SECRET));
        Files.writeString(dir.resolve("clean.txt"), "nothing here");

        assertThat(new SecretScan().add("planted", SECRET).inFilesUnder(dir))
                .containsExactlyInAnyOrder("planted as raw bytes in " + dir.resolve("a/raw.bin"),
                        "planted as upper-case hex in " + dir.resolve("a/b/upper.txt"));
    }

    @Test
    void findsLowerHexAndBothBase64FormsInText() {
        byte[] secret = {0x0a, 0x1b, 0x2c, 0x3d};
        SecretScan scan = new SecretScan().add("planted", secret);
        assertThat(scan.inText("log", "x 0a1b2c3d y")).containsExactly("planted as lower-case hex in log");
        assertThat(scan.inText("log", "x 0A1B2C3D y")).containsExactly("planted as upper-case hex in log");
        String padded = Base64.getEncoder().encodeToString(secret);
        assertThat(padded).endsWith("==");
        assertThat(scan.inText("log", padded))
                .containsExactlyInAnyOrder("planted as Base64 in log", "planted as unpadded Base64 in log");
        assertThat(scan.inText("log", padded.substring(0, padded.length() - 2)))
                .containsExactly("planted as unpadded Base64 in log");
        assertThat(scan.inText("log", "0a 1b 2c 3d")).isEmpty();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
