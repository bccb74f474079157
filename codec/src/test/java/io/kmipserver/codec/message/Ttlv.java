package io.kmipserver.codec.message;

import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.codec.ttlv.TtlvReader;
import io.kmipserver.codec.ttlv.TtlvWriter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;

/** Short builders for hand-made messages, and a way to look at what an encoder wrote. */
final class Ttlv {

    private Ttlv() {
    }

    static TtlvItem.Structure s(int tag, TtlvItem... items) {
        return new TtlvItem.Structure(tag, items);
    }

    static TtlvItem.IntegerItem i(int tag, int value) {
        return new TtlvItem.IntegerItem(tag, value);
    }

    static TtlvItem.Enumeration e(int tag, int value) {
        return new TtlvItem.Enumeration(tag, value);
    }

    static TtlvItem.TextString t(int tag, String value) {
        return new TtlvItem.TextString(tag, value);
    }

    static TtlvItem.ByteString b(int tag, byte... value) {
        return new TtlvItem.ByteString(tag, value);
    }

    static TtlvItem.BooleanItem bool(int tag, boolean value) {
        return new TtlvItem.BooleanItem(tag, value);
    }

    static TtlvItem.Structure version(int major, int minor) {
        return s(Tag.PROTOCOL_VERSION, i(Tag.PROTOCOL_VERSION_MAJOR, major), i(Tag.PROTOCOL_VERSION_MINOR, minor));
    }

    /** A Request Message of a minimal header and these batch items. */
    static TtlvItem.Structure request(int major, int minor, TtlvItem.Structure... batchItems) {
        List<TtlvItem> items = new ArrayList<>();
        items.add(s(Tag.REQUEST_HEADER, version(major, minor), i(Tag.BATCH_COUNT, batchItems.length)));
        items.addAll(List.of(batchItems));
        return new TtlvItem.Structure(Tag.REQUEST_MESSAGE, items);
    }

    /** A Batch Item of {@code operation} whose Request Payload holds {@code fields}. */
    static TtlvItem.Structure item(int operation, byte[] id, TtlvItem... fields) {
        List<TtlvItem> items = new ArrayList<>();
        items.add(e(Tag.OPERATION, operation));
        if (id != null) {
            items.add(b(Tag.UNIQUE_BATCH_ITEM_ID, id));
        }
        items.add(s(Tag.REQUEST_PAYLOAD, fields));
        return new TtlvItem.Structure(Tag.BATCH_ITEM, items);
    }

    static ByteBuf wire(TtlvItem item) {
        ByteBuf out = Unpooled.buffer();
        TtlvWriter.encode(item, out);
        return out;
    }

    static TtlvItem tree(byte[] wire) {
        return TtlvReader.decode(Unpooled.wrappedBuffer(wire));
    }

    /** Every item of the tree, depth first. */
    static List<TtlvItem> flatten(TtlvItem root) {
        List<TtlvItem> out = new ArrayList<>();
        flatten(root, out);
        return out;
    }

    private static void flatten(TtlvItem item, List<TtlvItem> out) {
        out.add(item);
        if (item instanceof TtlvItem.Structure s) {
            for (TtlvItem child : s.items()) {
                flatten(child, out);
            }
        }
    }
}
