/**
 * The Netty pipeline pieces of the KMIP wire: {@link io.kmipserver.codec.netty.KmipFrameDecoder}
 * cuts the byte stream into whole TTLV messages (KMIP 1.4 §9.1, 2.1 §10.1: one top-level Structure
 * per message, no other framing), and the message decoder and encoder turn those frames into the
 * typed message model and back.
 *
 * <p>Threading: every handler here runs on its channel's event loop. A stateful handler (the frame
 * decoder keeps the partial frame of its connection) is created per channel and never shared;
 * stateless ones are marked {@code @Sharable}.
 */
package io.kmipserver.codec.netty;
