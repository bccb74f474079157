/**
 * JMH benchmarks of the audit journal: the one append every audited operation makes before it
 * answers its client.
 *
 * <p>Threading: JMH drives the benchmark threads; the journal under test is shared by them, as
 * the server's request threads share it.
 */
package io.kmipserver.bench.audit;
