package io.kmipserver.codec.attribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.LinkType;
import io.kmipserver.codec.spec.NameType;
import io.kmipserver.codec.spec.RevocationReasonCode;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttributeModelTest {

    @Test
    void oneXNamesMapToStandardTagsOrToVendorsXAndY() {
        assertThat(AttributeKey.fromName1x("Cryptographic Algorithm")).isEqualTo(AttributeKey.of(Tag.CRYPTOGRAPHIC_ALGORITHM));
        assertThat(AttributeKey.fromName1x("x-Purpose")).isEqualTo(AttributeKey.vendor("x", "Purpose"));
        assertThat(AttributeKey.fromName1x("y-Owner")).isEqualTo(AttributeKey.vendor("y", "Owner"));
        assertThat(AttributeKey.fromName1x("Colour")).isNull();
        assertThat(AttributeKey.vendor("x", "Purpose").name1x()).isEqualTo("x-Purpose");
        assertThat(AttributeKey.vendor("acme", "Color").name1x()).isNull();
        assertThat(AttributeKey.of(Tag.QUANTUM_SAFE).name1x()).isNull();
        assertThat(AttributeKey.of(Tag.STATE).name1x()).isEqualTo("State");
    }

    @Test
    void whichVersionsCanCarryAnAttribute() {
        assertThat(AttributeKey.of(Tag.CRYPTOGRAPHIC_ALGORITHM).knownIn(KmipVersion.V1_0)).isTrue();
        assertThat(AttributeKey.of(Tag.SENSITIVE).knownIn(KmipVersion.V1_3)).isFalse();
        assertThat(AttributeKey.of(Tag.SENSITIVE).knownIn(KmipVersion.V1_4)).isTrue();
        assertThat(AttributeKey.of(Tag.OPERATION_POLICY_NAME).knownIn(KmipVersion.V2_0)).isFalse();
        assertThat(AttributeKey.of(Tag.ROTATE_DATE).knownIn(KmipVersion.V2_0)).isFalse();
        assertThat(AttributeKey.vendor("acme", "Color").knownIn(KmipVersion.V1_4)).isFalse();
        assertThat(AttributeKey.vendor("acme", "Color").knownIn(KmipVersion.V2_0)).isTrue();
        assertThat(AttributeKey.of(Tag.BATCH_COUNT).knownIn(KmipVersion.V2_1)).isFalse();
    }

    @Test
    void aValueMustCarryItsAttributesTag() {
        assertThatThrownBy(() -> new Attribute(AttributeKey.of(Tag.CRYPTOGRAPHIC_LENGTH), null,
                new TtlvItem.IntegerItem(Tag.ATTRIBUTE_VALUE, 128))).isInstanceOf(IllegalArgumentException.class);
        Attribute vendor = Attribute.vendor("x", "n", new TtlvItem.IntegerItem(Tag.CRYPTOGRAPHIC_LENGTH, 1));
        assertThat(vendor.value().tag()).isEqualTo(Tag.ATTRIBUTE_VALUE);
        assertThat(vendor.tag()).isZero();
        assertThat(vendor.isVendor()).isTrue();
    }

    @Test
    void typedGettersReadTheFirstInstanceAndNullWhenAbsent() {
        Attributes a = Attributes.of(
                Attribute.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES),
                Attribute.enumeration(Tag.STATE, State.ACTIVE),
                Attribute.dateTime(Tag.ACTIVATION_DATE, Instant.ofEpochSecond(10)),
                Name.text("a").toAttribute(), new Name("b", NameType.URI).toAttribute().withIndex(1),
                new Link(LinkType.PUBLIC_KEY_LINK, "pub").toAttribute());
        assertThat(a.cryptographicAlgorithm()).isEqualTo(CryptographicAlgorithm.AES);
        assertThat(a.state()).isEqualTo(State.ACTIVE);
        assertThat(a.activationDate()).isEqualTo(Instant.ofEpochSecond(10));
        assertThat(a.names()).containsExactly(Name.text("a"), new Name("b", NameType.URI));
        assertThat(a.all(Tag.NAME).get(1).indexOrZero()).isEqualTo(1);
        assertThat(a.links()).containsExactly(new Link(LinkType.PUBLIC_KEY_LINK, "pub"));
        assertThat(a.cryptographicLength()).isNull();
        assertThat(a.deactivationDate()).isNull();
        assertThat(a.without(Tag.NAME).names()).isEmpty();
        assertThat(a.without(Tag.COMMENT)).isSameAs(a);
        assertThat(Attributes.of()).isSameAs(Attributes.EMPTY);
    }

    @Test
    void aMalformedStructuredValueIsRefusedByItsTypedView() {
        TtlvItem nameWithoutType = new TtlvItem.Structure(Tag.NAME, new TtlvItem.TextString(Tag.NAME_VALUE, "n"));
        assertThatThrownBy(() -> Name.fromItem(nameWithoutType)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Name Type");
        TtlvItem unknownCode = new TtlvItem.Structure(Tag.REVOCATION_REASON,
                new TtlvItem.Enumeration(Tag.REVOCATION_REASON_CODE, 0x7F));
        assertThatThrownBy(() -> RevocationReason.fromItem(unknownCode)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RevocationReason.fromItem(new RevocationReason(RevocationReasonCode.CA_COMPROMISE, "m").toItem()).isCompromise())
                .isTrue();
    }

    @Test
    void pruningDropsNestedFieldsAVersionDoesNotDefine() {
        TtlvItem params = new CryptographicParameters(null, null, null, null, null, null, true, 12, null, null, null,
                null, null, null, null, null, null, null).toItem();
        assertThat(((TtlvItem.Structure) TtlvItems.withoutUnknownFields(params, KmipVersion.V1_1)).items()).isEmpty();
        assertThat(TtlvItems.withoutUnknownFields(params, KmipVersion.V1_4)).isSameAs(params);
    }
}
