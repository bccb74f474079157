/**
 * JMH benchmarks of the KMIP codec: decode and encode of representative messages, in time per
 * operation and (with {@code -prof gc}) bytes allocated per operation. Each benchmark state is
 * per thread; nothing here is shared between JMH threads.
 */
package io.kmipserver.bench.codec;
