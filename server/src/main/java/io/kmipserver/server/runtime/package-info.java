/**
 * One server node, assembled from its configuration: {@link io.kmipserver.server.runtime.ServerRuntime}
 * opens the data directory, the dev PKI, the store, the key protector and the audit system, makes the
 * {@code default} adapter on first start, builds the request processor through a
 * {@link io.kmipserver.server.runtime.RequestProcessorFactory}, and starts the KMIP listener; closing
 * it stops them in the reverse order.
 *
 * <p>Threading: {@code ServerRuntime} is thread-safe; start and close are called from the CLI's main
 * thread or a shutdown hook. {@link io.kmipserver.server.runtime.JournalConnectionAuditor} blocks on the
 * journal and is called from worker threads only.
 */
package io.kmipserver.server.runtime;
