/**
 * The {@code kmip-server} command line: {@code serve} runs a node, {@code certs} manages the PKI,
 * {@code audit} verifies, exports and follows the audit journal.
 *
 * <p>Threading: commands run on the caller's thread; {@code serve} blocks it until the node is
 * stopped by {@link io.kmipserver.server.cli.ServeCommand#stop()} or the JVM's shutdown hook (SIGTERM,
 * Ctrl-C).
 */
package io.kmipserver.server.cli;
