/**
 * The KMIP load generator behind {@code java -jar kmip-bench.jar load}: closed-loop clients over
 * blocking mutual-TLS sockets against any KMIP server on the loopback interface (kmip-server,
 * PyKMIP's server), with per-operation latency histograms and a table / JSON report.
 *
 * <p>Threading: one platform thread per connection ({@link io.kmipserver.bench.load.ConnectionWorker}),
 * each owning its socket, its {@link io.kmipserver.bench.load.KmipClient} and its histograms; nothing
 * is shared while the load runs except the start/stop instants and the bounded sample of error
 * reasons ({@link io.kmipserver.bench.load.ErrorSample}, thread-safe). Histograms are merged by the
 * coordinating thread ({@link io.kmipserver.bench.load.LoadGenerator}) after every worker has ended.
 */
package io.kmipserver.bench.load;
