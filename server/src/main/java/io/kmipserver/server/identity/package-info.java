/**
 * Who a KMIP client is: the trust decision on its TLS certificate chain
 * ({@link io.kmipserver.server.identity.ClientTrustManager}) and the mapping of an admitted
 * certificate to its adapter, the principal of every operation
 * ({@link io.kmipserver.server.identity.ClientTrust#identify}, applied after the handshake by the
 * transport's identity handler).
 *
 * <p>A certificate is admitted when it is registered by fingerprint (pinned, even self-signed) or
 * when it chains to a trusted CA: the PKI's {@code ca.pem} or an adapter's trust anchor. It belongs
 * to the adapter that registered it, else to the adapter whose CA issued it and whose optional subject
 * pattern matches.
 *
 * <p>Threading: trust decisions read an immutable {@link io.kmipserver.server.identity.ClientTrust}
 * snapshot and never block, because BCJSSE runs the trust manager on the Netty event loop. Snapshots
 * are rebuilt from the store off the event loop by
 * {@link io.kmipserver.server.identity.StoreClientTrustSource}. Nothing here depends on Netty.
 */
package io.kmipserver.server.identity;
