package io.kmipserver.codec.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The registry lookups run for every decoded item and every log line; they must not allocate (no
 * boxing of tag numbers, no key objects, no defensive copies).
 */
class LookupAllocationTest {

    private static final int ROUNDS = 50_000;

    @Test
    void lookupsByNumberAndByNameAllocateNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertThat(threads.isThreadAllocatedMemorySupported()).as("this JVM cannot measure allocation").isTrue();
        threads.setThreadAllocatedMemoryEnabled(true);
        // Names as a decoder would hold them: fresh String objects, not the interned literals.
        String attributeName = new String("Cryptographic Algorithm".toCharArray());
        String xmlName = new String("ItemNotFound".toCharArray());
        String tagName = new String("Unique Identifier".toCharArray());
        long checksum = lookups(attributeName, xmlName, tagName, 2_000);

        long before = threads.getCurrentThreadAllocatedBytes();
        checksum += lookups(attributeName, xmlName, tagName, ROUNDS);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(checksum).isNotZero();
        // Boxing one Integer per lookup alone would allocate more than 1 MB here.
        assertThat(allocated).as("bytes allocated by %d rounds of lookups", ROUNDS).isLessThan(16 * 1024);
    }

    private static long lookups(String attributeName, String xmlName, String tagName, int rounds) {
        long sum = 0;
        for (int i = 0; i < rounds; i++) {
            int tag = 0x420001 + (i % 0x180);
            TagDefinition d = TagRegistry.byNumber(tag);
            sum += d == null ? 1 : d.tag();
            String name = TagRegistry.nameOf(tag);
            sum += name == null ? 1 : name.length();
            sum += TagRegistry.byName(tagName).tag();
            sum += Operation.fromValue(i % 0x40) == null ? 1 : 2;
            sum += ResultReason.fromXmlName(xmlName).value();
            sum += AttributeNames.byName(attributeName).tag();
            AttributeDefinition a = AttributeNames.byTag(tag);
            sum += a == null ? 1 : 3;
            KmipEnum e = KmipEnums.lookup(Tag.STATE, i % 8);
            sum += e == null ? 1 : e.value();
            sum += KmipVersion.of(1 + (i & 1), i % 5) == null ? 1 : 2;
            sum += CryptographicUsageMask.unknownBits(i, KmipVersion.V2_1);
        }
        return sum;
    }
}
