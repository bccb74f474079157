package io.kmipserver.codec.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.codec.ttlv.ItemType;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributeNamesTest {

    @Test
    void cryptographicAlgorithmNameAndTag0x420028MapBothWays() {
        AttributeDefinition d = AttributeNames.byName("Cryptographic Algorithm");

        assertThat(d.tag()).isEqualTo(0x420028).isEqualTo(Tag.CRYPTOGRAPHIC_ALGORITHM);
        assertThat(d.type()).isEqualTo(ItemType.ENUMERATION);
        assertThat(AttributeNames.byTag(0x420028)).isSameAs(d);
        assertThat(AttributeNames.nameOf(0x420028)).isEqualTo("Cryptographic Algorithm");
        assertThat(d.versions1x()).containsExactly(KmipVersion.V1_0, KmipVersion.V1_1, KmipVersion.V1_2,
                KmipVersion.V1_3, KmipVersion.V1_4);
        assertThat(d.versions2x()).containsExactly(KmipVersion.V2_0, KmipVersion.V2_1);
    }

    @Test
    void theTableHas68RowsWith51In1xAnd63In2x() {
        List<AttributeDefinition> fromTable = AttributeNames.all().stream().filter(d -> !d.fromTestCases()).toList();

        assertThat(fromTable).hasSize(68);
        assertThat(fromTable.stream().filter(d -> !d.versions1x().isEmpty())).hasSize(51);
        assertThat(fromTable.stream().filter(d -> !d.versions2x().isEmpty())).hasSize(63);
        assertThat(AttributeNames.knownIn(KmipVersion.V1_0)).hasSize(33);
    }

    @Test
    void certificateFieldNamesOfThe14TestCasesAreKnownIn14And2x() {
        List<AttributeDefinition> fields = AttributeNames.all().stream().filter(AttributeDefinition::fromTestCases).toList();
        AttributeDefinition cn = AttributeNames.byName("Certificate Subject CN");

        assertThat(fields).hasSize(24);
        assertThat(cn.fromTestCases()).isTrue();
        assertThat(cn.tag()).isEqualTo(0x420108);
        assertThat(cn.type()).isEqualTo(ItemType.TEXT_STRING);
        assertThat(cn.knownIn(KmipVersion.V1_4)).isTrue();
        assertThat(cn.knownIn(KmipVersion.V1_3)).isFalse();
        assertThat(cn.knownIn(KmipVersion.V2_1)).isTrue();
        assertThat(AttributeNames.nameOf(Tag.CERTIFICATE_ISSUER_DN_QUALIFIER)).isEqualTo("Certificate Issuer DN Qualifier");
    }

    @Test
    void attributesReservedIn2xOrNewIn2xAreKnownOnlyThere() {
        AttributeDefinition policy = AttributeNames.byName("Operation Policy Name");
        AttributeDefinition rotate = AttributeNames.byName("Rotate Name");

        assertThat(policy.knownIn(KmipVersion.V1_4)).isTrue();
        assertThat(policy.knownIn(KmipVersion.V2_0)).isFalse();
        assertThat(policy.lastVersion()).isEqualTo(KmipVersion.V1_4);
        assertThat(rotate.knownIn(KmipVersion.V2_0)).isFalse();
        assertThat(rotate.knownIn(KmipVersion.V2_1)).isTrue();
        assertThat(rotate.firstVersion()).isEqualTo(KmipVersion.V2_1);
        assertThat(rotate.lastVersion()).isNull();
        assertThat(AttributeNames.byName("Sensitive").firstVersion()).isEqualTo(KmipVersion.V1_4);
    }

    @Test
    void everyAttributeRoundTripsByNameAndTagAndAgreesWithTheTagTable() {
        for (AttributeDefinition d : AttributeNames.all()) {
            assertThat(AttributeNames.byName(d.name())).isSameAs(d);
            if (d.hasTag()) {
                assertThat(AttributeNames.byTag(d.tag())).as(d.name()).isSameAs(d);
                TagDefinition tag = TagRegistry.byNumber(d.tag());
                assertThat(tag.type()).as(d.name()).isEqualTo(d.type());
                for (KmipVersion v : KmipVersion.values()) {
                    if (d.knownIn(v)) {
                        assertThat(tag.knownIn(v)).as(d.name() + " tag in " + v.label()).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void certificateAttributesAndVendorAttributeHaveNoTag() {
        assertThat(AttributeNames.all().stream().filter(d -> !d.hasTag()))
                .extracting(AttributeDefinition::name)
                .containsExactlyInAnyOrder("Certificate Attributes", "Vendor Attribute");
        assertThat(AttributeNames.byTag(AttributeDefinition.NO_TAG)).isNull();
    }

    @Test
    void tagsThatAreNoAttributeAndUnknownNamesGiveNull() {
        assertThat(AttributeNames.byTag(Tag.BATCH_ITEM)).isNull();
        assertThat(AttributeNames.byTag(0x540001)).isNull();
        assertThat(AttributeNames.byTag(-1)).isNull();
        assertThat(AttributeNames.byName("cryptographic algorithm")).isNull();
        assertThat(AttributeNames.byName(null)).isNull();
    }

    @Test
    void customAttributeNamesStartWithXOrYDash() {
        assertThat(AttributeNames.isCustomName("x-Department")).isTrue();
        assertThat(AttributeNames.isCustomName("y-ServerTag")).isTrue();
        assertThat(AttributeNames.isCustomName("X-Department")).isFalse();
        assertThat(AttributeNames.isCustomName("x-")).isFalse();
        assertThat(AttributeNames.isCustomName("Name")).isFalse();
        assertThat(AttributeNames.isCustomName(null)).isFalse();
    }
}
