package io.kmipserver.server.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Looks for known secrets in files and text, in every form they could leak in: the raw bytes,
 * lower- and upper-case hex, and Base64 with and without padding. A hit is described by the
 * secret's label, the form and the place — never by the secret itself.
 */
final class SecretScan {

    private final Map<String, byte[]> needles = new LinkedHashMap<>();

    /** Adds a secret under a label (e.g. "registered AES key"). */
    SecretScan add(String label, byte[] secret) {
        needles.put(label + " as raw bytes", secret.clone());
        needles.put(label + " as lower-case hex", ascii(HexFormat.of().formatHex(secret)));
        needles.put(label + " as upper-case hex", ascii(HexFormat.of().withUpperCase().formatHex(secret)));
        needles.put(label + " as Base64", ascii(Base64.getEncoder().encodeToString(secret)));
        needles.put(label + " as unpadded Base64", ascii(Base64.getEncoder().withoutPadding().encodeToString(secret)));
        return this;
    }

    /** Every hit in every regular file under {@code root}; fails when there are no files at all. */
    List<String> inFilesUnder(Path root) throws IOException {
        List<String> hits = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no files to scan under " + root);
        }
        for (Path file : files) {
            hits.addAll(in(file.toString(), Files.readAllBytes(file)));
        }
        return hits;
    }

    /** Every hit in a text, e.g. the server's log output. */
    List<String> inText(String place, String text) {
        return in(place, text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> in(String place, byte[] haystack) {
        List<String> hits = new ArrayList<>();
        needles.forEach((what, needle) -> {
            if (indexOf(haystack, needle) >= 0) {
                hits.add(what + " in " + place);
            }
        });
        return hits;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
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
