/**
 * The attribute model, one for both protocol generations: {@link
 * io.kmipserver.codec.attribute.Attribute} (key, 1.x index, value normalised to the 2.x tagged
 * form), {@link io.kmipserver.codec.attribute.AttributeKey} (standard tag or vendor / 1.x custom
 * name), the {@link io.kmipserver.codec.attribute.Attributes} list, and typed views of the
 * structured values servers read ({@link io.kmipserver.codec.attribute.Name}, {@link
 * io.kmipserver.codec.attribute.Link}, {@link io.kmipserver.codec.attribute.CryptographicParameters},
 * {@link io.kmipserver.codec.attribute.Digest}, {@link
 * io.kmipserver.codec.attribute.RevocationReason}).
 *
 * <p>The wire forms — 1.x Attribute(Name, Index, Value) and Template-Attribute (KMIP 1.4 §2.1.1,
 * §2.1.8), 2.x Attributes, Attribute Reference, Current / New Attribute (KMIP 2.1 §5) — are mapped
 * in {@code io.kmipserver.codec.message}; nothing here reads or writes bytes.
 *
 * <p>Threading: every type is immutable (byte arrays excepted, which callers must not change after
 * handing them over) and safe to share between threads.
 */
package io.kmipserver.codec.attribute;
