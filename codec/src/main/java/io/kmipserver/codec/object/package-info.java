/**
 * Managed objects as they travel in Register requests and Get responses (KMIP 1.4 §2.2, 2.1 §2):
 * {@link io.kmipserver.codec.object.SymmetricKey}, {@link io.kmipserver.codec.object.PublicKey},
 * {@link io.kmipserver.codec.object.PrivateKey}, {@link io.kmipserver.codec.object.SecretData},
 * {@link io.kmipserver.codec.object.OpaqueObject}, {@link io.kmipserver.codec.object.Certificate},
 * the 1.x {@link io.kmipserver.codec.object.Template}, and {@link
 * io.kmipserver.codec.object.RawObject} for the rest; with {@link
 * io.kmipserver.codec.object.KeyBlock}, {@link io.kmipserver.codec.object.KeyValue} and {@link
 * io.kmipserver.codec.object.KeyMaterial} (KMIP 1.4 §2.1.3–2.1.7, 2.1 §3). The wire mapping is in
 * {@code io.kmipserver.codec.message}.
 *
 * <p>Nothing here prints key material: every {@code toString()} shows lengths only.
 *
 * <p>Threading: immutable records (byte arrays are not copied; callers must not change them after
 * handing them over), safe to share between threads.
 */
package io.kmipserver.codec.object;
