/**
 * JMH benchmarks of the key protectors: the protect (Create, Register, Re-key) and unprotect (Get,
 * Encrypt, Decrypt, MAC) every key operation makes, in software and in a PKCS#11 token.
 *
 * <p>Threading: JMH drives the benchmark threads; the protector under test is shared by them, as the
 * server's worker threads share it.
 */
package io.kmipserver.bench.keys;
