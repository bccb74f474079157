/**
 * The KMIP listener (IANA port 5696): TLS with a required client certificate, the Netty pipeline that
 * frames, decodes and answers requests, and the server's lifecycle.
 *
 * <pre>
 * tls → idle → frame-decoder → message-decoder → response-encoder → identity → request-handler
 * </pre>
 *
 * {@link io.kmipserver.server.transport.KmipChannelInitializer} names every handler;
 * {@link io.kmipserver.server.transport.ClientIdentityHandler} turns the handshake's certificate into a
 * {@link io.kmipserver.server.protocol.ClientSession} once and removes itself;
 * {@link io.kmipserver.server.transport.KmipRequestHandler} hands each request to the worker pool and
 * answers requests of one connection one at a time, in order.
 *
 * <p>Threading: handlers run on their channel's event loop and never block. Everything that blocks
 * — the request processor (store, key protector, journal) and the connection auditor — runs on the
 * bounded {@link io.kmipserver.server.transport.WorkerPool}; results come back to the event loop
 * before anything is written. While a connection's request is in flight the connection does not read
 * (auto-read off), which bounds what one client can queue and gives backpressure when the workers
 * are busy. {@link io.kmipserver.server.transport.KmipServer} is thread-safe.
 */
package io.kmipserver.server.transport;
