/**
 * The KMIP request/response protocol between the transport and the operation handlers: who is
 * calling ({@link io.kmipserver.server.protocol.ClientSession}), the processor contract the transport
 * calls on a worker thread ({@link io.kmipserver.server.protocol.KmipRequestProcessor}), and the
 * audit of connection-level events ({@link io.kmipserver.server.protocol.ConnectionAuditor}).
 * Processors block (store, key protector, journal) and never run on a Netty event loop.
 */
package io.kmipserver.server.protocol;
