package io.kmipserver.codec.payload;

import java.util.Arrays;

/**
 * {@code equals}, {@code hashCode} and {@code toString} for payload records that hold byte arrays:
 * arrays compare by content, and print as their length only — they carry plaintext, ciphertext,
 * signatures, IVs and correlation values, none of which belongs in a log line.
 */
final class PayloadFormat {

    private PayloadFormat() {
    }

    static boolean equal(Object[] a, Object[] b) {
        return Arrays.deepEquals(a, b);
    }

    static int hash(Object[] values) {
        return Arrays.deepHashCode(values);
    }

    /** {@code Name[a=1, data=<16 bytes>]} for names {@code a, data} and their values. */
    static String describe(String type, String[] names, Object[] values) {
        StringBuilder sb = new StringBuilder(type).append('[');
        for (int i = 0; i < names.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(names[i]).append('=');
            Object v = values[i];
            if (v instanceof byte[] bytes) {
                sb.append('<').append(bytes.length).append(" bytes>");
            } else {
                sb.append(v);
            }
        }
        return sb.append(']').toString();
    }
}
