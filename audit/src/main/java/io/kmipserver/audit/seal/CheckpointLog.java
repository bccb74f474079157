package io.kmipserver.audit.seal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The seal directory's {@value #FILE_NAME}: one checkpoint per line, appended and forced to disk,
 * never rewritten. The last checkpoint is also the sealer's saved state: its last index says where
 * to resume and its chain hash where the chain stands.
 */
final class CheckpointLog {
    static final String FILE_NAME = "checkpoints.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One line of the file: a checkpoint, or why the line is not one. */
    record Line(int number, Checkpoint checkpoint, String problem) {
    }

    private final Path file;

    CheckpointLog(Path sealDirectory) {
        this.file = sealDirectory.resolve(FILE_NAME);
    }

    Path file() {
        return file;
    }

    /** Appends one checkpoint and forces it to the device before returning. */
    void append(Checkpoint checkpoint) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] line = (toJson(checkpoint) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** Every line of the file, in order; empty when there is no file. */
    List<Line> read() throws IOException {
        List<Line> lines = new ArrayList<>();
        if (!Files.exists(file)) {
            return lines;
        }
        String content = Files.readString(file, StandardCharsets.UTF_8);
        String[] parts = content.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            String text = parts[i];
            boolean last = i == parts.length - 1;
            if (text.isBlank()) {
                continue;
            }
            if (last) {
                lines.add(new Line(i + 1, null, "incomplete last line (no line end): the sealer stopped while writing it"));
                continue;
            }
            try {
                lines.add(new Line(i + 1, fromJson(text), null));
            } catch (IllegalArgumentException e) {
                lines.add(new Line(i + 1, null, "not a checkpoint: " + e.getMessage()));
            }
        }
        return lines;
    }

    /**
     * Cuts off an incomplete last line, which a sealer that died while writing leaves behind; it was
     * never a complete, signed claim.
     *
     * @return whether anything was cut
     */
    boolean dropIncompleteTail() throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            long keep = size;
            ByteBuffer one = ByteBuffer.allocate(1);
            while (keep > 0) {
                one.clear();
                channel.read(one, keep - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                keep--;
            }
            if (keep == size) {
                return false;
            }
            channel.truncate(keep);
            channel.force(true);
            return true;
        }
    }

    static String toJson(Checkpoint c) {
        ObjectNode node = JSON.createObjectNode();
        node.put("checkpoint", c.number());
        node.put("firstIndex", c.firstIndex());
        node.put("lastIndex", c.lastIndex());
        node.put("count", c.count());
        node.put("previousHash", c.previousHash());
        node.put("chainHash", c.chainHash());
        node.put("time", c.time().toString());
        node.put("observer", c.observer());
        node.put("algorithm", Checkpoint.ALGORITHM);
        node.put("signature", c.signature());
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    static Checkpoint fromJson(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON");
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        try {
            return new Checkpoint(number(node, "checkpoint"), number(node, "firstIndex"), number(node, "lastIndex"),
                    number(node, "count"), text(node, "previousHash"), text(node, "chainHash"),
                    Instant.parse(text(node, "time")), text(node, "observer"), text(node, "signature"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("time is not an ISO-8601 instant");
        }
    }

    private static long number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToExactIntegral() || !value.canConvertToLong()) {
            throw new IllegalArgumentException(field + " missing or not an integer");
        }
        return value.asLong();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(field + " missing or not a string");
        }
        return value.asText();
    }
}
