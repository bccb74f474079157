/**
 * The {@code certs} command line (picocli): {@code init} creates the development PKI, {@code client}
 * issues a client certificate and key, {@code sign-csr} signs a client's certification request. The
 * server's main command mounts {@link io.kmipserver.certs.cli.CertsCommand} as a subcommand.
 *
 * <p>Output names the files written with subjects and fingerprints, never key material. Exit codes:
 * 0 success, 1 the PKI operation failed (message on standard error), 2 bad usage. Threading: one
 * command object per invocation, on the calling thread.
 */
package io.kmipserver.certs.cli;
