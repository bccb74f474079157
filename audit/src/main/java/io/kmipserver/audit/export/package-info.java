/**
 * Audit events out of the journal as CADF-shaped JSON lines, for SIEMs and auditors.
 *
 * <p>Threading: {@link io.kmipserver.audit.export.CadfJson} is stateless and thread-safe; an
 * exporter reads with its own tailer and belongs to one thread.
 */
package io.kmipserver.audit.export;
