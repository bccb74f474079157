package io.kmipserver.codec.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.codec.spec.generator.SpecGenerator;
import io.kmipserver.codec.ttlv.ItemType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GeneratedEnumsTest {

    @Test
    void spotValuesMatchTheSpecTables() {
        assertThat(Operation.CREATE.value()).isEqualTo(1);
        assertThat(Operation.RE_KEY.value()).isEqualTo(4);
        assertThat(Operation.RE_KEY.specName()).isEqualTo("Re-key");
        assertThat(Operation.RE_KEY.xmlName()).isEqualTo("ReKey");
        assertThat(ResultReason.ITEM_NOT_FOUND.value()).isEqualTo(0x1);
        assertThat(ResultReason.fromValue(0x1)).isEqualTo(ResultReason.ITEM_NOT_FOUND);
        assertThat(ResultStatus.SUCCESS.value()).isZero();
        assertThat(ResultStatus.OPERATION_FAILED.value()).isEqualTo(1);
        assertThat(BatchErrorContinuationOption.STOP.value()).isEqualTo(2);
        assertThat(ObjectType.SYMMETRIC_KEY.value()).isEqualTo(2);
        assertThat(CryptographicAlgorithm.AES.value()).isEqualTo(3);
        assertThat(RevocationReasonCode.fromXmlName("KeyCompromise").specName()).isEqualTo("Key Compromise");
        assertThat(UniqueIdentifierEnum.ID_PLACEHOLDER.value()).isEqualTo(1);
    }

    @Test
    void statesArePreActiveThroughDestroyedCompromisedNumberedOneToSix() {
        assertThat(State.values()).containsExactly(State.PRE_ACTIVE, State.ACTIVE, State.DEACTIVATED,
                State.COMPROMISED, State.DESTROYED, State.DESTROYED_COMPROMISED);
        for (int i = 0; i < State.values().length; i++) {
            assertThat(State.values()[i].value()).isEqualTo(i + 1);
        }
    }

    @Test
    void aNameStartingWithADigitMovesTheDigitsBehindTheWordAsTheXmlNameDoes() {
        assertThat(CryptographicAlgorithm.DES3.specName()).isEqualTo("3DES");
        assertThat(CryptographicAlgorithm.DES3.xmlName()).isEqualTo("DES3");
        assertThat(CryptographicAlgorithm.DES3.value()).isEqualTo(2);
    }

    @Test
    void everyGeneratedTypeMatchesItsTableRowCountAndTheTotalIs851() {
        assertThat(KmipEnums.allTypes()).hasSize(64).doesNotHaveDuplicates();
        assertThat(KmipEnums.allTypes().stream().mapToInt(t -> t.getEnumConstants().length).sum()).isEqualTo(851);
        assertThat(OpaqueDataType.values()).isEmpty();
        assertThat(ProfileName.values()).hasSize(193);
    }

    @Test
    void everyValueIsUniqueAndRoundTripsByValueAndXmlName() throws ReflectiveOperationException {
        for (Class<? extends KmipEnum> type : KmipEnums.allTypes()) {
            Method fromValue = type.getMethod("fromValue", int.class);
            Method fromXmlName = type.getMethod("fromXmlName", String.class);
            Set<Integer> values = new HashSet<>();
            Set<String> xmlNames = new HashSet<>();
            for (KmipEnum e : type.getEnumConstants()) {
                String where = type.getSimpleName() + "." + e;
                assertThat(values.add(e.value())).as(where + " value unique").isTrue();
                assertThat(xmlNames.add(e.xmlName())).as(where + " XML name unique").isTrue();
                assertThat(fromValue.invoke(null, e.value())).as(where).isSameAs(e);
                assertThat(fromXmlName.invoke(null, e.xmlName())).as(where).isSameAs(e);
                assertThat(((Enum<?>) e).name()).as(where).isEqualTo(SpecGenerator.constantName(e.specName()));
                assertThat(KmipEnum.isExtensionValue(e.value())).as(where).isFalse();
            }
            assertThat(fromValue.invoke(null, 0x80000001)).as(type.getSimpleName()).isNull();
            assertThat(fromValue.invoke(null, -1)).isNull();
            assertThat(fromXmlName.invoke(null, (Object) null)).isNull();
            assertThat(fromXmlName.invoke(null, "NoSuchName")).isNull();
        }
    }

    @Test
    void versionRangeAndKnownInAgreeForEveryValue() {
        for (Class<? extends KmipEnum> type : KmipEnums.allTypes()) {
            for (KmipEnum e : type.getEnumConstants()) {
                KmipVersion last = e.lastVersion() == null ? KmipVersion.latest() : e.lastVersion();
                for (KmipVersion v : KmipVersion.values()) {
                    boolean inRange = v.isAtLeast(e.firstVersion()) && last.isAtLeast(v);
                    assertThat(e.knownIn(v)).as(type.getSimpleName() + "." + e + " in " + v.label()).isEqualTo(inRange);
                }
            }
        }
    }

    @Test
    void valuesReservedFrom2_0AreKnownOnlyIn1x() {
        assertThat(ObjectType.TEMPLATE.knownIn(KmipVersion.V1_4)).isTrue();
        assertThat(ObjectType.TEMPLATE.knownIn(KmipVersion.V2_0)).isFalse();
        assertThat(ObjectType.TEMPLATE.lastVersion()).isEqualTo(KmipVersion.V1_4);
        assertThat(ObjectType.CERTIFICATE_REQUEST.firstVersion()).isEqualTo(KmipVersion.V2_0);
        assertThat(ObjectType.CERTIFICATE_REQUEST.knownIn(KmipVersion.V1_4)).isFalse();
        assertThat(Operation.CREATE.lastVersion()).isNull();
    }

    @Test
    void renamedValuesKeepTheNameEachVersionPrints() {
        assertThat(ResultReason.OBJECT_ARCHIVED.specName()).isEqualTo("Object Archived");
        assertThat(ResultReason.OBJECT_ARCHIVED.specName(KmipVersion.V1_4)).isEqualTo("Object archived");
        assertThat(ResultReason.OBJECT_ARCHIVED.specName(KmipVersion.V2_0)).isEqualTo("Object Archived");
        assertThat(DigitalSignatureAlgorithm.SHA_256_WITH_RSA_ENCRYPTION.specName(KmipVersion.V1_1))
                .isEqualTo("SHA-256 with RSA Encryption (PKCS#1 v1.5)");
        assertThat(DigitalSignatureAlgorithm.SHA_256_WITH_RSA_ENCRYPTION.specName(KmipVersion.V2_1))
                .isEqualTo("SHA-256 with RSA Encryption");
        assertThat(HashingAlgorithm.SHA3_256.specName(KmipVersion.V1_4)).isEqualTo("SHA-3-256");
        assertThat(SplitKeyMethod.POLYNOMIAL_SHARING_GF_2_16.specName(KmipVersion.V1_0))
                .isEqualTo("Polynomial Sharing GF(2^16)");
        assertThat(SplitKeyMethod.POLYNOMIAL_SHARING_GF_2_16.specName(KmipVersion.V1_2))
                .isEqualTo("Polynomial Sharing GF (2^16)");
        assertThat(Operation.RE_KEY.specName(KmipVersion.V1_0)).isEqualTo("Re-key");
    }

    @Test
    void aSpecTypoIsNotTreatedAsAName() {
        assertThat(MaskGenerator.MGF1.specName(KmipVersion.V2_1)).isEqualTo("MGF1");
        assertThat(MaskGenerator.fromXmlName("MFG1")).isNull();
    }

    @Test
    void xmlSpellingsOfTheTestCasesAreAccepted() {
        assertThat(ResultReason.fromXmlName("NotAuthorized")).isEqualTo(ResultReason.NOT_AUTHORISED);
        assertThat(ResultReason.fromXmlName("NotAuthorised")).isEqualTo(ResultReason.NOT_AUTHORISED);
        assertThat(CryptographicUsageMask.fromXmlName("ContentCommitment"))
                .isEqualTo(CryptographicUsageMask.CONTENT_COMMITMENT_NON_REPUDIATION);
    }

    @Test
    void masksConvertBetweenBitSetsAndIntegers() {
        EnumSet<CryptographicUsageMask> encryptDecrypt =
                EnumSet.of(CryptographicUsageMask.ENCRYPT, CryptographicUsageMask.DECRYPT);

        assertThat(CryptographicUsageMask.toMask(encryptDecrypt)).isEqualTo(0x0C);
        assertThat(CryptographicUsageMask.fromMask(0x0C)).isEqualTo(encryptDecrypt);
        assertThat(CryptographicUsageMask.toMask(EnumSet.noneOf(CryptographicUsageMask.class))).isZero();
        assertThat(CryptographicUsageMask.fromMask(CryptographicUsageMask.toMask(EnumSet.allOf(CryptographicUsageMask.class))))
                .isEqualTo(EnumSet.allOf(CryptographicUsageMask.class));
        assertThat(CryptographicUsageMask.ENCRYPT.bit()).isEqualTo(CryptographicUsageMask.ENCRYPT.value());
        for (Class<? extends KmipEnum> type : KmipEnums.allTypes()) {
            if (KmipMaskBit.class.isAssignableFrom(type)) {
                for (KmipEnum e : type.getEnumConstants()) {
                    assertThat(Integer.bitCount(((KmipMaskBit) e).bit())).as(e.toString()).isEqualTo(1);
                }
            }
        }
    }

    @Test
    void unknownMaskBitsAreReportedOverallAndPerVersion() {
        assertThat(CryptographicUsageMask.unknownBits(0x0C)).isZero();
        assertThat(CryptographicUsageMask.unknownBits(0x0C | 0x01000000)).isEqualTo(0x01000000);
        assertThat(CryptographicUsageMask.fromMask(0x0C | 0x01000000)).hasSize(2);
        assertThat(StorageStatusMask.unknownBits(0x08)).isEqualTo(0x08);
        // Destroyed storage (0x4) is new in 2.0; Export (0x40) is reserved from 2.0.
        assertThat(StorageStatusMask.unknownBits(0x04, KmipVersion.V1_4)).isEqualTo(0x04);
        assertThat(StorageStatusMask.unknownBits(0x04, KmipVersion.V2_0)).isZero();
        assertThat(CryptographicUsageMask.unknownBits(0x40, KmipVersion.V1_4)).isZero();
        assertThat(CryptographicUsageMask.unknownBits(0x40, KmipVersion.V2_1)).isEqualTo(0x40);
    }

    @Test
    void enumerationsAreFoundByTheTagThatCarriesThem() {
        assertThat(KmipEnums.lookup(Tag.OPERATION, 4)).isEqualTo(Operation.RE_KEY);
        assertThat(KmipEnums.lookup(Tag.RESULT_REASON, 1)).isEqualTo(ResultReason.ITEM_NOT_FOUND);
        assertThat(KmipEnums.lookup(Tag.UNIQUE_IDENTIFIER, 1)).isEqualTo(UniqueIdentifierEnum.ID_PLACEHOLDER);
        assertThat(KmipEnums.lookup(Tag.LINKED_OBJECT_IDENTIFIER, 1)).isEqualTo(UniqueIdentifierEnum.ID_PLACEHOLDER);
        assertThat(KmipEnums.lookup(Tag.DATA, 1)).isEqualTo(Data.DECRYPT);
        assertThat(KmipEnums.lookup(Tag.OPERATION, 0x80000000)).isNull();
        assertThat(KmipEnums.lookup(Tag.BATCH_COUNT, 1)).isNull();
        assertThat(KmipEnums.lookup(Tag.CRYPTOGRAPHIC_USAGE_MASK, 1)).as("masks are Integers").isNull();
        assertThat(KmipEnums.typeOf(Tag.STATE)).isEqualTo(State.class);
        assertThat(KmipEnums.typeOf(Tag.UNIQUE_IDENTIFIER)).isEqualTo(UniqueIdentifierEnum.class);
        assertThat(Operation.TAG).isEqualTo(Tag.OPERATION);
    }

    @Test
    void everyEnumerationTypedTagThatNamesATableIsMapped() {
        for (TagDefinition d : TagRegistry.all()) {
            Class<? extends KmipEnum> type = KmipEnums.typeOf(d.tag());
            if (type != null) {
                assertThat(d.allows(ItemType.ENUMERATION)).as(d.name()).isTrue();
            }
        }
        List<Class<? extends KmipEnum>> unmapped = KmipEnums.allTypes().stream()
                .filter(t -> !KmipMaskBit.class.isAssignableFrom(t))
                .filter(t -> TagRegistry.all().stream().noneMatch(d -> KmipEnums.typeOf(d.tag()) == t))
                .toList();
        assertThat(unmapped).as("enumerations no tag carries").containsExactly(ItemTypeEnum.class);
    }
}
