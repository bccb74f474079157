package io.kmipserver.server.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.codec.attribute.AttributeKey;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.codec.spec.Tag;
import org.junit.jupiter.api.Test;

class AttributeRulesTest {

    @Test
    void serverMaintainedAttributesAreServerOnly() {
        for (int tag : new int[] {Tag.UNIQUE_IDENTIFIER, Tag.OBJECT_TYPE, Tag.STATE, Tag.INITIAL_DATE,
                Tag.LAST_CHANGE_DATE, Tag.DESTROY_DATE, Tag.COMPROMISE_DATE, Tag.REVOCATION_REASON, Tag.LEASE_TIME}) {
            assertThat(AttributeRules.of(tag).serverOnly()).as(Integer.toHexString(tag)).isTrue();
        }
        assertThat(AttributeRules.of(Tag.DIGEST).multiInstance()).isTrue();
        assertThat(AttributeRules.of(Tag.DIGEST).onAdd()).isFalse();
    }

    @Test
    void createOnlyAttributesCannotBeAddedOrChangedLater() {
        AttributeRule algorithm = AttributeRules.of(Tag.CRYPTOGRAPHIC_ALGORITHM);
        AttributeRule mask = AttributeRules.of(Tag.CRYPTOGRAPHIC_USAGE_MASK);

        assertThat(algorithm.onCreate()).isTrue();
        assertThat(algorithm.onAdd() || algorithm.clientModifiable() || algorithm.clientDeletable()).isFalse();
        assertThat(mask.onCreate() && !mask.clientModifiable()).isTrue();
    }

    @Test
    void clientAttributesFollowTheirTables() {
        assertThat(AttributeRules.of(Tag.NAME)).isEqualTo(new AttributeRule(true, true, true, true, true));
        assertThat(AttributeRules.of(Tag.OBJECT_GROUP).multiInstance()).isTrue();
        assertThat(AttributeRules.of(Tag.CONTACT_INFORMATION).multiInstance()).isFalse();
        AttributeRule activation = AttributeRules.of(Tag.ACTIVATION_DATE);
        assertThat(activation.clientModifiable() && !activation.clientDeletable()).isTrue();
        assertThat(AttributeRules.of(Tag.SENSITIVE).clientDeletable()).isFalse();
    }

    @Test
    void customAttributesBelongToTheClientExceptTheServersY() {
        assertThat(AttributeRules.of(AttributeKey.vendor("x", "purpose")).clientDeletable()).isTrue();
        assertThat(AttributeRules.of(AttributeKey.vendor("acme", "tier")).onAdd()).isTrue();
        assertThat(AttributeRules.of(AttributeKey.vendor("y", "internal")).onAdd()).isFalse();
    }

    @Test
    void reasonsNeverNameSomethingTheVersionDoesNotDefine() {
        for (KmipVersion v : KmipVersion.values()) {
            for (var f : new java.util.function.Function[] {
                    m -> Failures.wrongState(v, "m"), m -> Failures.alreadyDestroyed(v, "m"),
                    m -> Failures.materialGone(v, "m"), m -> Failures.readOnlyOnAdd(v, "m"),
                    m -> Failures.readOnlyOnChange(v, "m"), m -> Failures.readOnlyOnCreate(v, "m"),
                    m -> Failures.attributeMissingOnModify(v, "m"), m -> Failures.attributeMissingOnDelete(v, "m"),
                    m -> Failures.instanceMissing(v, "m"), m -> Failures.singleValuedExists(v, "m"),
                    m -> Failures.nameTaken(v, true, "m"), m -> Failures.nameTaken(v, false, "m"),
                    m -> Failures.objectTypeNotValid(v, "m"), m -> Failures.badAttributeValue(v, "m"),
                    m -> Failures.givenTwice(v, "m")}) {
                ResultReason r = ((io.kmipserver.server.protocol.KmipException) f.apply("m")).resultReason();
                assertThat(r.knownIn(v)).as(r + " in " + v).isTrue();
            }
        }
        assertThat(Failures.objectNotFound("x").resultReason()).isEqualTo(ResultReason.ITEM_NOT_FOUND);
    }
}
