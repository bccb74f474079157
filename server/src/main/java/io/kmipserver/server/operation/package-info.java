/**
 * The KMIP operation handlers, one {@code <Operation>Handler} per operation (KMIP 1.4 §4, 2.1
 * §6.1), each citing the section and error table it implements, and the helpers they share: the
 * mapping between wire attributes and stored ones ({@link
 * io.kmipserver.server.operation.AttributeMapping}), key material in and out of the protector ({@link
 * io.kmipserver.server.operation.MaterialEnvelope}, {@link io.kmipserver.server.operation.KeyMaterials}),
 * and safe rendering of values for the audit trail ({@link io.kmipserver.server.operation.AuditValues}).
 * {@link io.kmipserver.server.operation.OperationHandlers#standard} assembles the set.
 *
 * <p>Threading: handlers are stateless and thread-safe; they run on the processor's worker threads
 * and block on the store and the key protector. A state-changing handler writes in exactly one store
 * write unit whose pre-commit hook journals the item's event.
 */
package io.kmipserver.server.operation;
