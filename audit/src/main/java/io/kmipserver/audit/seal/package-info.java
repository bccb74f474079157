/**
 * Tamper evidence for the journal: the sealer keeps a SHA-256 hash chain over the journal's events
 * in order and writes signed checkpoints; the verifier recomputes the chain from the files on disk
 * and says exactly what does not match.
 *
 * <p>Threading: a sealer belongs to one thread (it owns a journal tailer); the verifier is a static
 * function of files and is safe to call from any thread.
 */
package io.kmipserver.audit.seal;
