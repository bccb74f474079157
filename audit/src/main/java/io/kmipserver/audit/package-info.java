/**
 * The audit module: every audited operation's event goes into a tamper-evident journal
 * ({@link io.kmipserver.audit.journal}), is sealed into a signed hash chain
 * ({@link io.kmipserver.audit.seal}), and can be verified, exported and followed
 * ({@link io.kmipserver.audit.export}, {@link io.kmipserver.audit.cli}).
 * {@link io.kmipserver.audit.AuditSystem} opens all of it from a data directory. The module knows
 * nothing of KMIP's wire format.
 *
 * <p>Threading: {@link io.kmipserver.audit.AuditSystem} is thread-safe; its journal takes appends
 * from any thread, and one background thread of its own seals and applies retention.
 */
package io.kmipserver.audit;
