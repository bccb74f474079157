/**
 * Questions asked of the audit journal: {@link io.kmipserver.audit.query.EventQueries} searches
 * events by time, action, target, initiator, outcome, severity, reason and correlation id, newest
 * first with an opaque cursor; summarises one object's usage; reports how far the index lags the
 * journal; and delivers new events to subscribers. The management API codes against these types;
 * {@link io.kmipserver.audit.index} answers them.
 *
 * <p>Threading: the value types are immutable; implementations of
 * {@link io.kmipserver.audit.query.EventQueries} are thread-safe.
 */
package io.kmipserver.audit.query;
