package io.kmipserver.server.operation;

import io.kmipserver.codec.spec.KmipEnum;
import io.kmipserver.codec.spec.KmipEnums;
import io.kmipserver.codec.spec.TagRegistry;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.time.Instant;
import java.util.StringJoiner;

/**
 * Renders attribute values for the audit trail, safely: enumerations by spec name, numbers, text
 * and dates as they are, structures field by field — and every Byte String only as its length, since
 * bytes may be key material, a digest or a password (DESIGN invariant 3). Key material never reaches
 * this class; the rule is a second line of defence.
 */
public final class AuditValues {

    private static final int MAX_TEXT = 256;

    private AuditValues() {
    }

    public static String render(TtlvItem item) {
        if (item instanceof TtlvItem.Structure s) {
            StringJoiner j = new StringJoiner(", ", "{", "}");
            for (TtlvItem child : s.items()) {
                String name = TagRegistry.nameOf(child.tag());
                j.add((name == null ? TagRegistry.describe(child.tag()) : name) + "=" + render(child));
            }
            return j.toString();
        }
        if (item instanceof TtlvItem.Enumeration e) {
            KmipEnum known = KmipEnums.lookup(e.tag(), e.value());
            return known != null ? known.specName() : "0x" + Integer.toHexString(e.value());
        }
        if (item instanceof TtlvItem.TextString t) {
            return t.value().length() > MAX_TEXT ? t.value().substring(0, MAX_TEXT) + "…" : t.value();
        }
        if (item instanceof TtlvItem.ByteString b) {
            return "<" + b.value().length + " bytes>";
        }
        if (item instanceof TtlvItem.BigIntegerItem) {
            return "<big integer>";
        }
        if (item instanceof TtlvItem.IntegerItem i) {
            return Integer.toString(i.value());
        }
        if (item instanceof TtlvItem.LongInteger l) {
            return Long.toString(l.value());
        }
        if (item instanceof TtlvItem.BooleanItem b) {
            return Boolean.toString(b.value());
        }
        if (item instanceof TtlvItem.DateTime d) {
            return Instant.ofEpochSecond(d.epochSeconds()).toString();
        }
        if (item instanceof TtlvItem.DateTimeExtended d) {
            return Long.toString(d.epochMicros()) + "us";
        }
        if (item instanceof TtlvItem.Interval i) {
            return i.seconds() + "s";
        }
        return "<" + item.type() + ">";
    }
}
