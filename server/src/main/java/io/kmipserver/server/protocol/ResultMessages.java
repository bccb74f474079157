package io.kmipserver.server.protocol;

/**
 * Result Message text as it goes on the wire: ASCII only. A Result Message is a Text String, UTF-8 by
 * the spec (KMIP 1.4 §9.1.1.4), but PyKMIP 0.10 decodes Text Strings byte by byte and fails the whole
 * response on the first multi-byte character — a "§" in a message would turn a clear error into a
 * client crash. The audit event keeps the message as it was.
 */
public final class ResultMessages {

    private ResultMessages() {
    }

    /** {@code message} with section signs, dashes, ellipses and quotes spelled in ASCII, anything else non-ASCII as "?". */
    public static String forWire(String message) {
        if (message == null) {
            return null;
        }
        int i = 0;
        while (i < message.length() && message.charAt(i) < 0x80) {
            i++;
        }
        if (i == message.length()) {
            return message;
        }
        StringBuilder out = new StringBuilder(message.length() + 16).append(message, 0, i);
        for (; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c < 0x80) {
                out.append(c);
            } else if (c == '\u00a7') {
                out.append("section ");
            } else if (c == '\u2013' || c == '\u2014' || c == '\u2212') {
                out.append('-');
            } else if (c == '\u2026') {
                out.append("...");
            } else if (c == '\u2018' || c == '\u2019') {
                out.append('\'');
            } else if (c == '\u201c' || c == '\u201d') {
                out.append('"');
            } else if (c == '\u00a0') {
                out.append(' ');
            } else {
                if (Character.isHighSurrogate(c) && i + 1 < message.length()) {
                    i++;
                }
                out.append('?');
            }
        }
        return out.toString();
    }
}
