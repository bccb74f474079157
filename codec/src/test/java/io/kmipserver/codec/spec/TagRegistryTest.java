package io.kmipserver.codec.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kmipserver.codec.spec.generator.SpecGenerator;
import io.kmipserver.codec.ttlv.ItemType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TagRegistryTest {

    @Test
    void uniqueIdentifierIsTag0x420094OfTypeTextString() {
        TagDefinition d = TagRegistry.byNumber(0x420094);

        assertThat(Tag.UNIQUE_IDENTIFIER).isEqualTo(0x420094);
        assertThat(d.name()).isEqualTo("Unique Identifier");
        assertThat(d.type()).isEqualTo(ItemType.TEXT_STRING);
        assertThat(d.xmlName()).isEqualTo("UniqueIdentifier");
        assertThat(d.firstVersion()).isEqualTo(KmipVersion.V1_0);
        assertThat(d.lastVersion()).isNull();
    }

    @Test
    void constantsNamedInTheBriefHaveTheSpecNumbers() {
        assertThat(Tag.TEMPLATE_ATTRIBUTE).isEqualTo(0x420091);
        assertThat(Tag.ATTRIBUTE_VALUE).isEqualTo(0x42000B);
        assertThat(Tag.REQUEST_MESSAGE).isEqualTo(0x420078);
        assertThat(Tag.RESPONSE_MESSAGE).isEqualTo(0x42007B);
        assertThat(Tag.BATCH_ITEM).isEqualTo(0x42000F);
        assertThat(Tag.PROTOCOL_VERSION_MAJOR).isEqualTo(0x42006A);
        assertThat(Tag.PROTOCOL_VERSION_MINOR).isEqualTo(0x42006B);
        assertThat(Tag.CRYPTOGRAPHIC_ALGORITHM).isEqualTo(0x420028);
        assertThat(Tag.ATTRIBUTES).isEqualTo(0x420125);
        assertThat(Tag.ATTRIBUTE_REFERENCE).isEqualTo(0x42013B);
        assertThat(Tag.X_509_CERTIFICATE_IDENTIFIER).isEqualTo(0x4200B5);
        assertThat(Tag.PKCS_12_FRIENDLY_NAME).isEqualTo(0x4200FB);
    }

    @Test
    void tagCountPerVersionIsWhatTheSpecTagTablesList() {
        Map<KmipVersion, Integer> expected = new EnumMap<>(KmipVersion.class);
        expected.put(KmipVersion.V1_0, 161);
        expected.put(KmipVersion.V1_1, 183);
        expected.put(KmipVersion.V1_2, 211);
        expected.put(KmipVersion.V1_3, 247);
        expected.put(KmipVersion.V1_4, 292);
        expected.put(KmipVersion.V2_0, 337);
        expected.put(KmipVersion.V2_1, 354);

        Map<KmipVersion, Integer> actual = new EnumMap<>(KmipVersion.class);
        for (KmipVersion v : KmipVersion.values()) {
            actual.put(v, TagRegistry.knownIn(v).size());
            assertThat((int) TagRegistry.all().stream().filter(d -> d.knownIn(v)).count()).isEqualTo(actual.get(v));
        }

        assertThat(actual).isEqualTo(expected);
        assertThat(TagRegistry.all()).hasSize(371);
    }

    @Test
    void seventeenTagsOf1xAreReservedFrom2_0() {
        List<TagDefinition> reserved = TagRegistry.all().stream().filter(d -> d.lastVersion() != null).toList();

        assertThat(reserved).hasSize(17).allSatisfy(d -> {
            assertThat(d.lastVersion()).isEqualTo(KmipVersion.V1_4);
            assertThat(d.knownIn(KmipVersion.V1_4)).isTrue();
            assertThat(d.knownIn(KmipVersion.V2_0)).isFalse();
        });
        assertThat(reserved).extracting(TagDefinition::tag)
                .contains(Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTE_INDEX, Tag.OPERATION_POLICY_NAME, Tag.TEMPLATE);
    }

    @Test
    void everyTagRoundTripsByNumberNameAndXmlName() {
        int previous = 0;
        for (TagDefinition d : TagRegistry.all()) {
            assertThat(d.tag()).as("ordered by number").isGreaterThan(previous);
            previous = d.tag();
            assertThat(TagRegistry.byNumber(d.tag())).isSameAs(d);
            assertThat(TagRegistry.nameOf(d.tag())).isEqualTo(d.name());
            assertThat(TagRegistry.byName(d.name())).isSameAs(d);
            assertThat(TagRegistry.byXmlName(d.xmlName())).isSameAs(d);
            assertThat(d.knownIn(d.firstVersion())).isTrue();
        }
    }

    @Test
    void everyTagHasOneConstantNamedByTheNamingRule() throws IllegalAccessException {
        Map<Integer, String> constants = new HashMap<>();
        for (Field f : Tag.class.getDeclaredFields()) {
            if (Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
                assertThat(constants.put(f.getInt(null), f.getName())).as("two constants for one tag").isNull();
            }
        }

        assertThat(constants).hasSameSizeAs(TagRegistry.all());
        for (TagDefinition d : TagRegistry.all()) {
            assertThat(constants.get(d.tag())).as(d.name()).isEqualTo(SpecGenerator.constantName(d.name()));
        }
    }

    @Test
    void tagsWithSeveralTypesAllowEachOfThem() {
        assertThat(TagRegistry.byNumber(Tag.KEY_MATERIAL).allowedTypes())
                .containsExactlyInAnyOrder(ItemType.BYTE_STRING, ItemType.STRUCTURE);
        assertThat(TagRegistry.byNumber(Tag.KEY_VALUE).allowedTypes())
                .containsExactlyInAnyOrder(ItemType.BYTE_STRING, ItemType.STRUCTURE);
        assertThat(TagRegistry.byNumber(Tag.ATTRIBUTE_REFERENCE).allowedTypes())
                .containsExactlyInAnyOrder(ItemType.ENUMERATION, ItemType.STRUCTURE);
        assertThat(TagRegistry.byNumber(Tag.TIME_STAMP).allowedTypes())
                .containsExactlyInAnyOrder(ItemType.DATE_TIME, ItemType.DATE_TIME_EXTENDED);
        for (int tag : new int[] {Tag.UNIQUE_IDENTIFIER, Tag.LINKED_OBJECT_IDENTIFIER}) {
            assertThat(TagRegistry.byNumber(tag).allowedTypes())
                    .containsExactlyInAnyOrder(ItemType.TEXT_STRING, ItemType.ENUMERATION, ItemType.INTEGER);
        }
        assertThat(TagRegistry.byNumber(Tag.DATA).allowedTypes())
                .containsExactlyInAnyOrder(ItemType.BYTE_STRING, ItemType.ENUMERATION, ItemType.INTEGER);
        assertThat(TagRegistry.byNumber(Tag.KEY_MATERIAL).type()).isEqualTo(ItemType.BYTE_STRING);
        assertThat(TagRegistry.byNumber(Tag.KEY_MATERIAL).hasSeveralTypes()).isTrue();
        assertThat(TagRegistry.byNumber(Tag.BATCH_COUNT).hasSeveralTypes()).isFalse();
        assertThat(TagRegistry.byNumber(Tag.BATCH_COUNT).allows(ItemType.INTEGER)).isTrue();
        assertThat(TagRegistry.byNumber(Tag.BATCH_COUNT).allows(ItemType.LONG_INTEGER)).isFalse();
    }

    @Test
    void tagsWhoseTypeVariesHaveNoTypeAndAllowEveryType() {
        List<TagDefinition> varies = TagRegistry.all().stream().filter(TagDefinition::typeVaries).toList();

        assertThat(varies).extracting(TagDefinition::tag).containsExactlyInAnyOrder(
                Tag.ATTRIBUTE_VALUE, Tag.CREDENTIAL_VALUE, Tag.CUSTOM_ATTRIBUTE, Tag.ADJUSTMENT_VALUE);
        assertThat(varies).allSatisfy(d -> {
            assertThat(d.type()).isNull();
            assertThat(d.allowedTypes()).isEqualTo(EnumSet.allOf(ItemType.class));
        });
    }

    @Test
    void allowedTypesCannotBeChanged() {
        TagDefinition d = TagRegistry.byNumber(Tag.KEY_VALUE);

        assertThatThrownBy(() -> d.allowedTypes().add(ItemType.INTEGER)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> TagRegistry.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void extensionAndUndefinedTagsResolveToNull() {
        for (int tag : new int[] {0x540001, 0x420000, 0x420177, 0x42FFFF, 0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            assertThat(TagRegistry.byNumber(tag)).as("tag %x", tag).isNull();
            assertThat(TagRegistry.nameOf(tag)).isNull();
        }
        assertThat(TagRegistry.byName("Nonexistent")).isNull();
        assertThat(TagRegistry.byName(null)).isNull();
        assertThat(TagRegistry.byXmlName("unique identifier")).isNull();
        assertThat(TagRegistry.isExtension(0x540001)).isTrue();
        assertThat(TagRegistry.isExtension(Tag.BATCH_ITEM)).isFalse();
    }

    @Test
    void describeNamesKnownTagsAndPrintsOthersInHex() {
        assertThat(TagRegistry.describe(Tag.UNIQUE_IDENTIFIER)).isEqualTo("Unique Identifier (0x420094)");
        assertThat(TagRegistry.describe(0x540001)).isEqualTo("0x540001");
    }

    @Test
    void tagsNamedAfterAnEnumerationAreEnumerations() {
        for (String name : List.of("Operation", "Result Status", "Result Reason", "State", "Object Type",
                "Cryptographic Algorithm", "Batch Error Continuation Option")) {
            assertThat(TagRegistry.byName(name).type()).as(name).isEqualTo(ItemType.ENUMERATION);
        }
        assertThat(TagRegistry.byName("Cryptographic Usage Mask").type()).isEqualTo(ItemType.INTEGER);
    }
}
