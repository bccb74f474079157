/**
 * Typed operation payloads: a sealed {@link io.kmipserver.codec.payload.RequestPayload} and {@link
 * io.kmipserver.codec.payload.ResponsePayload}, one record per operation named {@code
 * <Operation>Request} / {@code <Operation>Response}, each citing its KMIP 1.4 and 2.1 tables; {@link
 * io.kmipserver.codec.payload.RawPayload} for every other operation; {@link
 * io.kmipserver.codec.payload.UniqueIdentifierRef} for the request's Unique Identifier (text, 2.x
 * enumeration or index, or omitted = ID Placeholder).
 *
 * <p>One model for both generations: fields that exist in only one of them are documented as such
 * and are {@code null} / empty in the other. The wire mapping lives in {@code
 * io.kmipserver.codec.message}.
 *
 * <p>Threading: immutable records (byte arrays are not copied; do not change them after handing
 * them over), safe to share. Records holding byte arrays compare them by content and print only
 * their length.
 */
package io.kmipserver.codec.payload;
