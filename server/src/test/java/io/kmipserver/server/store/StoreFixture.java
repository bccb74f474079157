package io.kmipserver.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.NameType;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.server.keys.ProtectedMaterial;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Builds real stores in temp directories and KMIP-shaped objects for the store tests. */
final class StoreFixture {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private StoreFixture() {}

    static JdbcObjectStore open(Path dir) {
        return JdbcObjectStore.openSqlite(dir.resolve("store.db"), StoreSettings.defaults());
    }

    static Clock fixedClock() {
        return Clock.fixed(T0, ZoneOffset.UTC);
    }

    static String adapter(ObjectStore store, String name) {
        return store.write(tx -> tx.insertAdapter(NewAdapter.named(name), "test")).id();
    }

    static TtlvItem name(String value) {
        return new TtlvItem.Structure(Tag.NAME, new TtlvItem.TextString(Tag.NAME_VALUE, value),
                new TtlvItem.Enumeration(Tag.NAME_TYPE, NameType.UNINTERPRETED_TEXT_STRING.value()));
    }

    static TtlvItem state(State s) {
        return new TtlvItem.Enumeration(Tag.STATE, s.value());
    }

    static TtlvItem date(int tag, Instant when) {
        return new TtlvItem.DateTime(tag, when.getEpochSecond());
    }

    static TtlvItem vendorText(String value) {
        return new TtlvItem.TextString(Tag.ATTRIBUTE_VALUE, value);
    }

    static ProtectedMaterial fakeMaterial() {
        return new ProtectedMaterial("software", 1, new byte[12], new byte[48]);
    }

    /**
     * How many of the futures completed; each of the others must have failed with {@code expected}
     * (an assertion error otherwise). Waits for every one.
     */
    static long succeeded(List<? extends CompletableFuture<?>> futures, Class<? extends Throwable> expected) {
        long succeeded = 0;
        for (CompletableFuture<?> f : futures) {
            try {
                f.join();
                succeeded++;
            } catch (CompletionException e) {
                assertThat(e.getCause()).isInstanceOf(expected);
            }
        }
        return succeeded;
    }

    /** A builder of a symmetric key's attributes as the Create handler would write them. */
    static final class Key {
        final String uid = UniqueIdentifiers.next();
        final List<AttributeValue> attributes = new ArrayList<>();
        private final String adapterId;
        private boolean material = true;

        Key(String adapterId, Instant initial) {
            this.adapterId = adapterId;
            add(new TtlvItem.Enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.value()));
            add(state(State.PRE_ACTIVE));
            add(date(Tag.INITIAL_DATE, initial));
            add(date(Tag.LAST_CHANGE_DATE, initial));
        }

        static Key aes(String adapterId, int bits, Instant initial) {
            return new Key(adapterId, initial)
                    .add(new TtlvItem.Enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.value()))
                    .add(new TtlvItem.IntegerItem(Tag.CRYPTOGRAPHIC_LENGTH, bits))
                    .add(new TtlvItem.IntegerItem(Tag.CRYPTOGRAPHIC_USAGE_MASK, 0x0C));
        }

        Key add(TtlvItem item) {
            attributes.add(AttributeValue.of(item));
            return this;
        }

        Key named(String n) {
            return add(name(n));
        }

        Key group(String g) {
            return add(new TtlvItem.TextString(Tag.OBJECT_GROUP, g));
        }

        Key vendor(String vendor, String attribute, String value) {
            attributes.add(new AttributeValue(AttributeKey.vendor(vendor, attribute), vendorText(value)));
            return this;
        }

        Key withoutMaterial() {
            material = false;
            return this;
        }

        NewObject build() {
            return new NewObject(uid, adapterId, attributes, material ? new StoredMaterial(1, fakeMaterial()) : null);
        }

        /** Inserts it and returns its Unique Identifier. */
        String insert(ObjectStore store) {
            store.write(tx -> tx.insertObject(build()));
            return uid;
        }
    }
}
