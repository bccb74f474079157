package io.kmipserver.audit.journal;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.event.Initiator;
import io.kmipserver.audit.event.Outcome;
import io.kmipserver.audit.event.Reason;
import io.kmipserver.audit.event.Severity;
import io.kmipserver.audit.event.Target;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * The binary form of one event in the journal, format version 1. These bytes are also what the
 * sealer hashes, so they must never change for a stored event: a new layout gets a new version
 * byte and the decoder keeps reading the old one.
 *
 * <pre>
 * offset 0   u8       format version (1)
 * offset 1   i64 BE   journal sequence: one more than the previous event's, so a removed event
 *                     leaves a gap the verifier can point at
 * offset 9   i64 BE   eventTime, microseconds since the epoch
 * offset 17  str      id, action
 *            u8       outcome (0 success, 1 failure), severity (0 normal, 1 warning, 2 critical)
 *            u8       reason present (0/1), then str code, str message
 *            str*4    initiator adapter, certificate subject, certificate fingerprint, remote address
 *            varint   initiator remote port + 1 (0 = none)
 *            str*2    initiator TLS protocol, cipher suite
 *            varint   n, then n str: target unique identifiers; str object type, str adapter
 *            str      correlation id
 *            varint   n, then n (str name, str value): request data; the same for response data
 *            str      observer
 * last 4     i32 BE   CRC32C of every byte before it: pins a flipped byte to its event
 * </pre>
 *
 * where {@code str} is an unsigned LEB128 varint of (UTF-8 length + 1), 0 meaning null, followed
 * by the UTF-8 bytes. The checksum is no defence against a forger, who can recompute it; the
 * sealer's signed hash chain is.
 */
public final class EventCodec {
    public static final byte VERSION = 1;
    /** Larger events are refused: Chronicle limits an excerpt's size, and no audit event needs more. */
    public static final int MAX_ENCODED_SIZE = 1 << 16;

    static final int SEQUENCE_OFFSET = 1;
    static final int TIME_OFFSET = 9;
    static final int FIELDS_OFFSET = 17;
    static final int CHECKSUM_LENGTH = 4;
    static final int MIN_SIZE = FIELDS_OFFSET + CHECKSUM_LENGTH;

    private EventCodec() {
    }

    /** The journal sequence of an encoded event, or -1 if the bytes are too short to hold one. */
    public static long sequence(byte[] encoded) {
        return encoded.length < MIN_SIZE ? -1 : readLong(encoded, SEQUENCE_OFFSET);
    }

    /** The event time of an encoded event without decoding the rest, or {@link Long#MIN_VALUE}. */
    public static long eventTime(byte[] encoded) {
        return encoded.length < MIN_SIZE ? Long.MIN_VALUE : readLong(encoded, TIME_OFFSET);
    }

    /** Whether the trailing CRC32C matches the bytes before it. */
    public static boolean checksumMatches(byte[] encoded) {
        if (encoded.length < MIN_SIZE) {
            return false;
        }
        int end = encoded.length - CHECKSUM_LENGTH;
        return checksum(encoded, end) == readInt(encoded, end);
    }

    /**
     * Decodes format version 1.
     *
     * @throws CorruptEventException when the bytes are not a well-formed event
     */
    public static AuditEvent decode(byte[] encoded) throws CorruptEventException {
        if (encoded.length < MIN_SIZE) {
            throw new CorruptEventException("event too short: " + encoded.length + " bytes");
        }
        if (encoded[0] != VERSION) {
            throw new CorruptEventException("unknown event format version " + encoded[0]);
        }
        Reader in = new Reader(encoded, FIELDS_OFFSET, encoded.length - CHECKSUM_LENGTH);
        try {
            long eventTime = readLong(encoded, TIME_OFFSET);
            String id = in.requiredString("id");
            String action = in.requiredString("action");
            Outcome outcome = in.outcome();
            Severity severity = in.severity();
            Reason reason = null;
            if (in.flag("reason")) {
                reason = new Reason(in.requiredString("reason code"), in.string());
            }
            Initiator initiator = new Initiator(in.string(), in.string(), in.string(), in.string(),
                    in.port(), in.string(), in.string());
            int targets = in.count();
            List<String> identifiers = new ArrayList<>(targets);
            for (int i = 0; i < targets; i++) {
                identifiers.add(in.requiredString("target identifier"));
            }
            Target target = new Target(identifiers, in.string(), in.string());
            String correlationId = in.string();
            Map<String, String> request = in.map();
            Map<String, String> response = in.map();
            String observer = in.requiredString("observer");
            if (in.position != in.limit) {
                throw new CorruptEventException((in.limit - in.position) + " unexpected bytes after the observer");
            }
            return new AuditEvent(id, eventTime, action, outcome, reason, severity, initiator, target,
                    correlationId, request, response, observer);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new CorruptEventException("invalid field: " + e.getMessage());
        }
    }

    static int checksum(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }

    static long readLong(byte[] b, int offset) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (b[offset + i] & 0xFF);
        }
        return value;
    }

    static int readInt(byte[] b, int offset) {
        return (b[offset] & 0xFF) << 24 | (b[offset + 1] & 0xFF) << 16 | (b[offset + 2] & 0xFF) << 8 | (b[offset + 3] & 0xFF);
    }

    static void writeLong(byte[] b, int offset, long value) {
        for (int i = 7; i >= 0; i--) {
            b[offset + i] = (byte) value;
            value >>>= 8;
        }
    }

    static void writeInt(byte[] b, int offset, int value) {
        b[offset] = (byte) (value >>> 24);
        b[offset + 1] = (byte) (value >>> 16);
        b[offset + 2] = (byte) (value >>> 8);
        b[offset + 3] = (byte) value;
    }

    /**
     * Encodes events into one reusable buffer, so the append path allocates nothing once the buffer
     * has grown to the largest event seen. One encoder per thread.
     */
    static final class Encoder {
        private byte[] buffer = new byte[512];
        private int length;

        /** Encodes the event with a zero sequence and no checksum; see {@link #seal(long)}. */
        void encode(AuditEvent event) {
            length = 0;
            ensure(FIELDS_OFFSET);
            buffer[0] = VERSION;
            writeLong(buffer, SEQUENCE_OFFSET, 0L);
            writeLong(buffer, TIME_OFFSET, event.eventTime());
            length = FIELDS_OFFSET;
            string(event.id());
            string(event.action());
            ensure(2);
            buffer[length++] = (byte) (event.outcome() == Outcome.SUCCESS ? 0 : 1);
            buffer[length++] = (byte) switch (event.severity()) {
                case NORMAL -> 0;
                case WARNING -> 1;
                case CRITICAL -> 2;
            };
            Reason reason = event.reason();
            ensure(1);
            buffer[length++] = (byte) (reason == null ? 0 : 1);
            if (reason != null) {
                string(reason.code());
                string(reason.message());
            }
            Initiator initiator = event.initiator();
            string(initiator.adapter());
            string(initiator.certificateSubject());
            string(initiator.certificateFingerprint());
            string(initiator.remoteAddress());
            varint(initiator.remotePort() == null ? 0 : initiator.remotePort() + 1);
            string(initiator.tlsProtocol());
            string(initiator.cipherSuite());
            Target target = event.target();
            List<String> identifiers = target.uniqueIdentifiers();
            varint(identifiers.size());
            for (int i = 0; i < identifiers.size(); i++) {
                string(identifiers.get(i));
            }
            string(target.objectType());
            string(target.adapter());
            string(event.correlationId());
            map(event.requestData());
            map(event.responseData());
            string(event.observer());
            ensure(CHECKSUM_LENGTH);
            length += CHECKSUM_LENGTH;
            if (length > MAX_ENCODED_SIZE) {
                throw new AuditJournalException("event " + event.action() + " is " + length
                        + " bytes encoded, more than the limit of " + MAX_ENCODED_SIZE);
            }
        }

        /** Writes the journal sequence into the encoded event and computes its checksum. */
        void seal(long sequence) {
            writeLong(buffer, SEQUENCE_OFFSET, sequence);
            int end = length - CHECKSUM_LENGTH;
            writeInt(buffer, end, checksum(buffer, end));
        }

        byte[] buffer() {
            return buffer;
        }

        int length() {
            return length;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buffer, length);
        }

        private void map(Map<String, String> data) {
            varint(data.size());
            for (Map.Entry<String, String> entry : data.entrySet()) {
                string(entry.getKey());
                string(entry.getValue());
            }
        }

        private void string(String s) {
            if (s == null) {
                varint(0);
                return;
            }
            int chars = s.length();
            int utf8 = 0;
            for (int i = 0; i < chars; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    utf8 += 1;
                } else if (c < 0x800) {
                    utf8 += 2;
                } else if (Character.isHighSurrogate(c) && i + 1 < chars && Character.isLowSurrogate(s.charAt(i + 1))) {
                    utf8 += 4;
                    i++;
                } else {
                    utf8 += 3;
                }
            }
            varint(utf8 + 1);
            ensure(utf8);
            byte[] b = buffer;
            int p = length;
            for (int i = 0; i < chars; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    b[p++] = (byte) c;
                } else if (c < 0x800) {
                    b[p++] = (byte) (0xC0 | c >> 6);
                    b[p++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && i + 1 < chars && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    b[p++] = (byte) (0xF0 | cp >> 18);
                    b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[p++] = (byte) (0x80 | cp & 0x3F);
                } else {
                    // A lone surrogate has no UTF-8 form; store U+FFFD as String.getBytes would.
                    char out = Character.isSurrogate(c) ? '\uFFFD' : c;
                    b[p++] = (byte) (0xE0 | out >> 12);
                    b[p++] = (byte) (0x80 | out >> 6 & 0x3F);
                    b[p++] = (byte) (0x80 | out & 0x3F);
                }
            }
            length = p;
        }

        private void varint(int value) {
            ensure(5);
            int v = value;
            while ((v & ~0x7F) != 0) {
                buffer[length++] = (byte) (v & 0x7F | 0x80);
                v >>>= 7;
            }
            buffer[length++] = (byte) v;
        }

        private void ensure(int more) {
            int needed = length + more;
            if (needed > buffer.length) {
                if (needed > MAX_ENCODED_SIZE + 16) {
                    throw new AuditJournalException("event is larger than the limit of " + MAX_ENCODED_SIZE + " bytes");
                }
                buffer = Arrays.copyOf(buffer, Math.max(needed, buffer.length * 2));
            }
        }
    }

    /** Reads fields, refusing any length that points past the end. */
    private static final class Reader {
        private final byte[] bytes;
        private final int limit;
        private int position;

        Reader(byte[] bytes, int position, int limit) {
            this.bytes = bytes;
            this.position = position;
            this.limit = limit;
        }

        String string() throws CorruptEventException {
            int lengthPlusOne = varint();
            if (lengthPlusOne == 0) {
                return null;
            }
            int length = lengthPlusOne - 1;
            if (length > limit - position) {
                throw new CorruptEventException("string of " + length + " bytes at offset " + position + " runs past the end");
            }
            String s = new String(bytes, position, length, StandardCharsets.UTF_8);
            position += length;
            return s;
        }

        String requiredString(String what) throws CorruptEventException {
            int at = position;
            String s = string();
            if (s == null) {
                throw new CorruptEventException(what + " missing at offset " + at);
            }
            return s;
        }

        int count() throws CorruptEventException {
            int n = varint();
            // every element takes at least one byte, so a larger count is corrupt
            if (n > limit - position) {
                throw new CorruptEventException("count " + n + " at offset " + position + " exceeds the remaining bytes");
            }
            return n;
        }

        Map<String, String> map() throws CorruptEventException {
            int n = count();
            Map<String, String> map = new LinkedHashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                map.put(requiredString("attribute name"), requiredString("attribute value"));
            }
            return map;
        }

        Integer port() throws CorruptEventException {
            int v = varint();
            return v == 0 ? null : v - 1;
        }

        boolean flag(String what) throws CorruptEventException {
            int v = u8();
            if (v > 1) {
                throw new CorruptEventException(what + " flag " + v + " at offset " + (position - 1));
            }
            return v == 1;
        }

        Outcome outcome() throws CorruptEventException {
            int v = u8();
            return switch (v) {
                case 0 -> Outcome.SUCCESS;
                case 1 -> Outcome.FAILURE;
                default -> throw new CorruptEventException("outcome code " + v + " at offset " + (position - 1));
            };
        }

        Severity severity() throws CorruptEventException {
            int v = u8();
            return switch (v) {
                case 0 -> Severity.NORMAL;
                case 1 -> Severity.WARNING;
                case 2 -> Severity.CRITICAL;
                default -> throw new CorruptEventException("severity code " + v + " at offset " + (position - 1));
            };
        }

        private int u8() throws CorruptEventException {
            if (position >= limit) {
                throw new CorruptEventException("event ends early at offset " + position);
            }
            return bytes[position++] & 0xFF;
        }

        private int varint() throws CorruptEventException {
            int value = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                int b = u8();
                value |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    if (value < 0) {
                        break;
                    }
                    return value;
                }
            }
            throw new CorruptEventException("malformed length before offset " + position);
        }
    }
}
