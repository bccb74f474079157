/**
 * The audit index: derived query tables kept from this node's journal, answering
 * {@link io.kmipserver.audit.query.EventQueries}. Derived and rebuildable (DESIGN invariant 6): it
 * can be deleted and built again from the journal alone, with the same answers.
 *
 * <p>Threading: each class states its own rule.
 */
package io.kmipserver.audit.index;
