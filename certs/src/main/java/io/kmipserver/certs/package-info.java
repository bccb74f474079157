/**
 * The PKI of kmip-server, built on Bouncy Castle: key generation ({@link io.kmipserver.certs.KeySpec}),
 * a small certificate authority that issues the server, client and signing certificates mutual TLS
 * needs ({@link io.kmipserver.certs.CertificateAuthority}), PEM and PKCS#12 files
 * ({@link io.kmipserver.certs.PemFiles}, {@link io.kmipserver.certs.Pkcs12Files}), certificate
 * fingerprints ({@link io.kmipserver.certs.Fingerprints}) and the first-start development PKI
 * ({@link io.kmipserver.certs.DevPki}).
 *
 * <p>Only the JDK's own security providers are used; nothing here registers a provider globally, so
 * the server stays free to choose its TLS provider (BCJSSE, SunJSSE or OpenSSL).
 *
 * <p>Threading: every type here is immutable or stateless and safe to share between threads. File
 * writers never overwrite; two processes running {@link io.kmipserver.certs.DevPki#ensure} on the same
 * directory at the same moment are not coordinated (the loser fails with a
 * {@link java.nio.file.FileAlreadyExistsException}, nothing is overwritten).
 */
package io.kmipserver.certs;
