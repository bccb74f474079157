package io.kmipserver.codec.spec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * Helpers the generated tables call while their classes initialise. Everything here runs once per
 * class; the lookups the generated types expose afterwards do not allocate.
 */
final class SpecSupport {

    private static final KmipVersion[] VERSIONS = KmipVersion.values();

    private SpecSupport() {
    }

    /** The bit set of space-separated version labels such as {@code "1.4 2.0 2.1"}. */
    static int versionBits(String labels) {
        int bits = 0;
        for (String label : labels.trim().split(" +")) {
            if (label.isEmpty()) {
                continue;
            }
            KmipVersion v = KmipVersion.fromLabel(label);
            if (v == null) {
                throw new IllegalArgumentException("unknown KMIP version label: " + label);
            }
            bits |= v.bit();
        }
        return bits;
    }

    /** The versions of space-separated labels, as an unmodifiable set. */
    static Set<KmipVersion> versionSet(String labels) {
        int bits = versionBits(labels);
        EnumSet<KmipVersion> set = EnumSet.noneOf(KmipVersion.class);
        for (KmipVersion v : VERSIONS) {
            if ((bits & v.bit()) != 0) {
                set.add(v);
            }
        }
        return Collections.unmodifiableSet(set);
    }

    /** The oldest version in a bit set, or {@code null} for an empty set. */
    static KmipVersion first(int bits) {
        for (KmipVersion v : VERSIONS) {
            if ((bits & v.bit()) != 0) {
                return v;
            }
        }
        return null;
    }

    /** The newest version in a bit set, or {@code null} when the set holds 2.1 (or is empty). */
    static KmipVersion last(int bits) {
        if ((bits & KmipVersion.latest().bit()) != 0) {
            return null;
        }
        for (int i = VERSIONS.length - 1; i >= 0; i--) {
            if ((bits & VERSIONS[i].bit()) != 0) {
                return VERSIONS[i];
            }
        }
        return null;
    }

    /**
     * The per-version names of a renamed value, indexed by {@link KmipVersion#ordinal()}, or
     * {@code null} when {@code renames} is empty. {@code renames} holds pairs of a version range
     * ({@code "1.1-1.4"} or {@code "1.4"}) and the name that range's tables print.
     */
    static String[] namesByVersion(String specName, String... renames) {
        if (renames.length == 0) {
            return null;
        }
        if (renames.length % 2 != 0) {
            throw new IllegalArgumentException("renames must be (range, name) pairs");
        }
        String[] names = new String[VERSIONS.length];
        Arrays.fill(names, specName);
        for (int i = 0; i < renames.length; i += 2) {
            String range = renames[i];
            int dash = range.indexOf('-');
            KmipVersion from = KmipVersion.fromLabel(dash < 0 ? range : range.substring(0, dash));
            KmipVersion to = KmipVersion.fromLabel(dash < 0 ? range : range.substring(dash + 1));
            if (from == null || to == null) {
                throw new IllegalArgumentException("bad version range: " + range);
            }
            for (int o = from.ordinal(); o <= to.ordinal(); o++) {
                names[o] = renames[i + 1];
            }
        }
        return names;
    }

    /** The name a version prints, from {@link #namesByVersion}'s result. */
    static String nameIn(String[] namesByVersion, KmipVersion version, String specName) {
        return namesByVersion == null ? specName : namesByVersion[version.ordinal()];
    }

    /**
     * An immutable map from XML name to value, plus spellings the OASIS test cases use instead of
     * the spec's (the {@code notes} column of the enumeration table records them).
     */
    static <E extends KmipEnum> Map<String, E> byXmlName(E[] values, Map<String, E> aliases) {
        Map<String, E> map = new HashMap<>();
        for (E e : values) {
            if (map.put(e.xmlName(), e) != null) {
                throw new IllegalStateException("duplicate XML name " + e.xmlName());
            }
        }
        for (Map.Entry<String, E> alias : aliases.entrySet()) {
            if (map.putIfAbsent(alias.getKey(), alias.getValue()) != null) {
                throw new IllegalStateException("XML alias shadows a name: " + alias.getKey());
            }
        }
        return Map.copyOf(map);
    }

    /** The mask with the bits of {@code bits} set. */
    static int toMask(Collection<? extends KmipMaskBit> bits) {
        int mask = 0;
        for (KmipMaskBit b : bits) {
            mask |= b.bit();
        }
        return mask;
    }

    /** The named bits set in {@code mask}; bits no version names are left out. */
    static <E extends Enum<E> & KmipMaskBit> EnumSet<E> fromMask(Class<E> type, E[] values, int mask) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (E e : values) {
            if ((mask & e.bit()) != 0) {
                set.add(e);
            }
        }
        return set;
    }

    /** The OR of every named bit. */
    static int allBits(KmipMaskBit[] values) {
        int mask = 0;
        for (KmipMaskBit b : values) {
            mask |= b.bit();
        }
        return mask;
    }

    /** The offset of a 0x42XXXX tag in the arrays {@link #indexByTag} builds. */
    static final int TAG_BASE = TagRegistry.SPEC_TAG_PREFIX << 16;

    /**
     * An array holding each row at index {@code tag - 0x420000}, so that a lookup by tag number is
     * one bounds check and one load. Rows whose tag is {@code 0} (none) are left out.
     */
    static <T> T[] indexByTag(T[] rows, ToIntFunction<T> tagOf, IntFunction<T[]> newArray) {
        int maxOffset = 0;
        for (T row : rows) {
            int tag = tagOf.applyAsInt(row);
            if (tag != 0 && tag >>> 16 != TAG_BASE >>> 16) {
                throw new IllegalStateException("tag outside 0x42XXXX: " + row);
            }
            maxOffset = Math.max(maxOffset, tag - TAG_BASE);
        }
        T[] index = newArray.apply(maxOffset + 1);
        for (T row : rows) {
            int tag = tagOf.applyAsInt(row);
            if (tag != 0) {
                if (index[tag - TAG_BASE] != null) {
                    throw new IllegalStateException("two rows for one tag: " + row);
                }
                index[tag - TAG_BASE] = row;
            }
        }
        return index;
    }

    /** The row of {@code tag} in an array from {@link #indexByTag}, or {@code null}. */
    static <T> T byTag(T[] index, int tag) {
        int offset = tag - TAG_BASE;
        return offset >= 0 && offset < index.length ? index[offset] : null;
    }

    /** An immutable map from a unique key of each row to the row. */
    static <T> Map<String, T> indexByName(T[] rows, Function<T, String> nameOf) {
        Map<String, T> map = new HashMap<>();
        for (T row : rows) {
            if (map.put(nameOf.apply(row), row) != null) {
                throw new IllegalStateException("name listed twice: " + nameOf.apply(row));
            }
        }
        return Map.copyOf(map);
    }

    /** For each version (by ordinal), the immutable list of the rows it knows, in row order. */
    static <T> List<List<T>> byVersion(T[] rows, BiPredicate<T, KmipVersion> knownIn) {
        List<List<T>> byVersion = new ArrayList<>();
        for (KmipVersion v : VERSIONS) {
            List<T> known = new ArrayList<>();
            for (T row : rows) {
                if (knownIn.test(row, v)) {
                    known.add(row);
                }
            }
            byVersion.add(List.copyOf(known));
        }
        return List.copyOf(byVersion);
    }
}
