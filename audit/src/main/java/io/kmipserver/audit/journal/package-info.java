/**
 * The audit journal: where every audited operation's event is appended before the operation
 * answers (DESIGN invariants 1, 2 and 5), kept in a Chronicle Queue with one cycle file per day,
 * read back by tailers, trimmed by retention.
 *
 * <p>Threading: {@link io.kmipserver.audit.journal.AuditJournal#append} is thread-safe and is the
 * request path's only call; readers, tailers and retention belong to one thread each (the audit
 * system's background thread, a CLI command).
 */
package io.kmipserver.audit.journal;
