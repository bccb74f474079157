/**
 * The TTLV wire format (KMIP 1.4 §9.1, KMIP 2.1 §10.1): item types, a bounded streaming reader and a
 * writer over Netty {@code ByteBuf}s, a generic item tree for unknown or raw items, and the typed
 * decode error. Stateless or single-use per message; no type here is shared between threads.
 */
package io.kmipserver.codec.ttlv;
