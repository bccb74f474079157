/**
 * The KMIP tag and enumeration registry for versions 1.0–2.1: every tag number ({@link
 * io.kmipserver.codec.spec.Tag}, {@link io.kmipserver.codec.spec.TagRegistry}), one Java enum per
 * enumeration or bit-mask table ({@link io.kmipserver.codec.spec.KmipEnum}, {@link
 * io.kmipserver.codec.spec.KmipMaskBit}, {@link io.kmipserver.codec.spec.KmipEnums}), the 1.x
 * attribute names ({@link io.kmipserver.codec.spec.AttributeNames}) and the protocol versions
 * ({@link io.kmipserver.codec.spec.KmipVersion}).
 *
 * <h2>Generated sources</h2>
 *
 * Every file whose first line says "Generated from codec/src/spec/… by
 * io.kmipserver.codec.spec.generator.SpecGenerator — do not edit" is written by the generator from
 * the spec tables committed in {@code codec/src/spec} (a copy of {@code shared/kmip-spec}: tags.csv
 * and enums/*.csv, taken from the OASIS KMIP 1.0–2.1 specification documents). To change them,
 * change the tables and regenerate from the repository root:
 *
 * <pre>
 * cp ../shared/kmip-spec/tags.csv codec/src/spec/ &amp;&amp; cp ../shared/kmip-spec/enums/*.csv codec/src/spec/enums/
 * java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
 * </pre>
 *
 * {@code SpecDriftTest} fails when the committed sources differ from what the tables produce, and
 * {@code SpecTablesCopyTest} fails when {@code codec/src/spec} differs from {@code
 * ../shared/kmip-spec}. The hand-written files are KmipVersion, KmipEnum, KmipMaskBit,
 * TagDefinition, TagRegistry, AttributeDefinition, AttributeNames, SpecSupport and this one.
 *
 * <h2>Naming rule</h2>
 *
 * Constants of {@link io.kmipserver.codec.spec.Tag} and of the enums are the spec name in
 * UPPER_SNAKE: each run of characters other than ASCII letters and digits becomes one underscore,
 * leading and trailing underscores are dropped, letters are upper-cased (Re-key → {@code RE_KEY},
 * Template-Attribute → {@code TEMPLATE_ATTRIBUTE}, SHA-256 with RSA Encryption → {@code
 * SHA_256_WITH_RSA_ENCRYPTION}, Polynomial Sharing GF (2^16) → {@code
 * POLYNOMIAL_SHARING_GF_2_16}). A name that would start with a digit has its leading digits moved
 * behind the word they precede, as the XML encoding does (3DES → {@code DES3}, XML name {@code
 * DES3}); if no letter follows them, it gets the prefix {@code N}. When two names of one class
 * would give the same constant, the first in table order keeps it and the later one gets the
 * suffix {@code _} + its hex number (tag: 6 digits, value: 8 digits); no table needs that today,
 * and the affected class says so in its documentation if one ever does.
 *
 * <p>Where a value was renamed between versions, the constant follows the newest name and {@link
 * io.kmipserver.codec.spec.KmipEnum#specName(KmipVersion)} returns the name each version prints
 * (Result Reason 0x0D is "Object archived" in 1.x). Spec typos are not names: MGF1 stays MGF1.
 *
 * <p>Enum class names are the PascalCase of the table's file name (object-type.csv → {@code
 * ObjectType}, fips186-variation.csv → {@code Fips186Variation}, rng-mode.csv → {@code RngMode}),
 * except unique-identifier.csv → {@code UniqueIdentifierEnum} (the tag is {@code
 * Tag.UNIQUE_IDENTIFIER}) and item-type.csv → {@code ItemTypeEnum} (the wire type is {@link
 * io.kmipserver.codec.ttlv.ItemType}).
 *
 * <h2>Threading</h2>
 *
 * Everything here is immutable once its class has initialised and safe to use from any thread.
 * The lookups by number and by name ({@code TagRegistry.byNumber}, {@code X.fromValue}, {@code
 * X.fromXmlName}, {@code AttributeNames.byName / byTag}, {@code KmipEnums.lookup}) do not allocate.
 */
package io.kmipserver.codec.spec;
