/**
 * The audit event model: one immutable {@link io.kmipserver.audit.event.AuditEvent} per audited
 * operation, shaped after the DMTF CADF event model (DSP0262) so it exports to SIEMs as JSON.
 *
 * <p>Types here are plain values without behaviour; they know nothing of KMIP wire formats, of the
 * journal that stores them or of JSON.
 *
 * <p>Threading: every type is immutable and safe to share between threads;
 * {@link io.kmipserver.audit.event.AuditEventIds} is thread-safe.
 */
package io.kmipserver.audit.event;
