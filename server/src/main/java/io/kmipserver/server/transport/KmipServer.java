package io.kmipserver.server.transport;

import io.kmipserver.certs.CertifiedKey;
import io.kmipserver.certs.PemFiles;
import io.kmipserver.server.config.ServerConfig;
import io.kmipserver.server.identity.ClientTrustManager;
import io.kmipserver.server.identity.ClientTrustSource;
import io.kmipserver.server.protocol.ClientSession;
import io.kmipserver.server.protocol.ConnectionAuditor;
import io.kmipserver.server.protocol.KmipRequestProcessor;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The KMIP listener: TLS with required client certificates on {@code kmip.bind}:{@code kmip.port},
 * every request answered by a {@link KmipRequestProcessor} on the worker pool.
 *
 * <p>{@link #start()} returns once the port is bound. {@link #close()} stops in this order:
 * <ol>
 *   <li>unbind: no new connection is accepted;
 *   <li>drain: no connection starts another request, requests in flight are answered (for at most
 *       the drain timeout), and each connection closes once it has no request in flight;
 *   <li>close the connections that are left;
 *   <li>shut the worker pool (queued connection audits still run);
 *   <li>shut the event loops.
 * </ol>
 * The owner then closes what the processor uses — audit journal, key protector, store — in that order.
 *
 * <p>Thread-safe.
 */
public final class KmipServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KmipServer.class);
    /** How long close() waits for requests in flight when the builder sets nothing else. */
    public static final Duration DEFAULT_DRAIN_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration WORKER_STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration DISCONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final ServerConfig.Kmip kmip;
    private final boolean nativeTransport;
    private final EventLoopGroup acceptGroup;
    private final EventLoopGroup ioGroup;
    private final WorkerPool workers;
    private final Dispatcher dispatcher;
    private final ChannelGroup channels;
    private final KmipChannelInitializer initializer;
    private final Duration drainTimeout;
    private Channel serverChannel;
    private boolean started;
    private boolean closed;

    private KmipServer(Builder b) {
        this.kmip = b.config.kmip();
        this.drainTimeout = b.drainTimeout;
        CertifiedKey serverKey = b.serverKey != null ? b.serverKey : readServerKey(b.config);
        SslContext ssl = ServerTls.serverContext(b.config.tls(), serverKey, new ClientTrustManager(b.trust, b.clock));
        this.nativeTransport = kmip.nativeTransport() && Epoll.isAvailable();
        IoHandlerFactory io = nativeTransport ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        this.acceptGroup = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("kmip-accept"), io);
        this.ioGroup = new MultiThreadIoEventLoopGroup(0, new DefaultThreadFactory("kmip-io"), io);
        this.workers = new WorkerPool(kmip.effectiveWorkerThreads(), kmip.workerQueue());
        this.dispatcher = new Dispatcher(b.processor, b.observer, b.auditor, workers, kmip.readTimeout());
        this.channels = new DefaultChannelGroup("kmip-connections", GlobalEventExecutor.INSTANCE);
        this.initializer = new KmipChannelInitializer(ssl, b.trust, dispatcher, b.clock, kmip.maxMessageSize(),
                kmip.maxConnections(), kmip.idleTimeout(), kmip.readTimeout(), channels);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the listener and returns once it accepts connections.
     *
     * @throws UncheckedIOException when the address cannot be bound (in use, not local); the server is
     *     closed then
     */
    public synchronized KmipServer start() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        Class<? extends ServerChannel> channelType = nativeTransport
                ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(acceptGroup, ioGroup)
                .channel(channelType)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childHandler(initializer);
        try {
            serverChannel = bootstrap.bind(kmip.bind(), kmip.port()).sync().channel();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted while binding " + kmip.bind() + ":" + kmip.port(), e);
        } catch (Exception e) {
            close();
            IOException io = e instanceof IOException ioe ? ioe : new IOException(e.getMessage(), e);
            throw new UncheckedIOException("cannot listen on " + kmip.bind() + ":" + kmip.port() + ": "
                    + e.getMessage(), io);
        }
        LOG.info("KMIP listening on {}:{} ({} transport, {} worker threads)",
                localAddress().getAddress().getHostAddress(), localAddress().getPort(),
                nativeTransport ? "epoll" : "NIO", kmip.effectiveWorkerThreads());
        return this;
    }

    /** The bound address; with port 0 configured, the port the system chose. */
    public InetSocketAddress localAddress() {
        Channel channel = serverChannel;
        if (channel == null) {
            throw new IllegalStateException("not started");
        }
        return (InetSocketAddress) channel.localAddress();
    }

    public int port() {
        return localAddress().getPort();
    }

    /** Whether the epoll transport is in use (else NIO). */
    public boolean nativeTransport() {
        return nativeTransport;
    }

    /** Connections open now. */
    public int openConnections() {
        return initializer.openConnections();
    }

    /** Connections refused because {@code kmip.max-connections} were open. */
    public long refusedConnections() {
        return initializer.refusedConnections();
    }

    /** Requests being processed or written now. */
    public int inFlightRequests() {
        return dispatcher.inFlight();
    }

    /**
     * Closes every open connection whose client {@code which} selects — the clients of a deleted
     * certificate or adapter — and returns how many. Call it after the trust snapshot no longer admits
     * them ({@code StoreClientTrustSource.refresh()}): the check runs on each connection's event loop,
     * after any identification already under way there, and a handshake that identifies later sees the
     * new snapshot, so no client of the selection stays connected. Blocks until every event loop has
     * checked; call it from a worker thread, never from an event loop.
     */
    public int disconnect(Predicate<ClientSession> which) {
        List<Future<Boolean>> checks = new ArrayList<>();
        for (Channel channel : channels) {
            checks.add(channel.eventLoop().submit(() -> {
                ClientSession session = channel.attr(ClientIdentityHandler.SESSION).get();
                if (session != null && channel.isActive() && which.test(session)) {
                    LOG.info("Closing connection {} of adapter {} ({}): its registration was removed",
                            session.connectionId(), session.adapterName(), session.certificateSubject());
                    channel.close();
                    return true;
                }
                return false;
            }));
        }
        int closed = 0;
        for (Future<Boolean> check : checks) {
            try {
                if (check.get(DISCONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    closed++;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
                LOG.warn("Could not check a connection for disconnection: {}", e.toString());
            }
        }
        return closed;
    }

    /** The open connections (tests look at their pipelines). */
    ChannelGroup channels() {
        return channels;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (serverChannel != null) {
            serverChannel.close().syncUninterruptibly();
        }
        dispatcher.startDraining();
        for (Channel channel : channels) {
            channel.pipeline().fireUserEventTriggered(KmipRequestHandler.DRAIN);
        }
        if (!dispatcher.awaitIdle(drainTimeout)) {
            LOG.warn("{} KMIP requests still in flight after {}; closing their connections", dispatcher.inFlight(),
                    drainTimeout);
        }
        channels.close().awaitUninterruptibly(drainTimeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!workers.shutdown(WORKER_STOP_TIMEOUT)) {
            LOG.warn("KMIP worker threads did not stop within {}; interrupted", WORKER_STOP_TIMEOUT);
        }
        acceptGroup.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
        ioGroup.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
        LOG.info("KMIP listener stopped");
    }

    private static CertifiedKey readServerKey(ServerConfig config) {
        try {
            return PemFiles.readCertifiedKey(config.pkiDir().resolve("server.pem"),
                    config.pkiDir().resolve("server-key.pem"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the server certificate and key in " + config.pkiDir(), e);
        }
    }

    /** Collects what a server is made of; {@link #build()} checks that nothing is missing. */
    public static final class Builder {
        private ServerConfig config;
        private CertifiedKey serverKey;
        private ClientTrustSource trust;
        private KmipRequestProcessor processor;
        private ConnectionAuditor auditor;
        private KmipRequestObserver observer = KmipRequestObserver.NONE;
        private Clock clock = Clock.systemUTC();
        private Duration drainTimeout = DEFAULT_DRAIN_TIMEOUT;

        private Builder() {
        }

        /** The {@code kmip.*} and {@code tls.*} settings; the server key is read from {@code tls.pki-dir}. */
        public Builder config(ServerConfig config) {
            this.config = config;
            return this;
        }

        /** The server's key and chain, instead of {@code server.pem}/{@code server-key.pem} in the PKI directory. */
        public Builder serverKey(CertifiedKey serverKey) {
            this.serverKey = serverKey;
            return this;
        }

        public Builder trust(ClientTrustSource trust) {
            this.trust = trust;
            return this;
        }

        public Builder processor(KmipRequestProcessor processor) {
            this.processor = processor;
            return this;
        }

        public Builder auditor(ConnectionAuditor auditor) {
            this.auditor = auditor;
            return this;
        }

        /** Sees every answered request (metrics); none by default. */
        public Builder observer(KmipRequestObserver observer) {
            this.observer = observer;
            return this;
        }

        /** "Now" for certificate validity; the system UTC clock by default. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** How long {@link KmipServer#close()} lets requests in flight finish; 30 s by default. */
        public Builder drainTimeout(Duration drainTimeout) {
            this.drainTimeout = drainTimeout;
            return this;
        }

        /** A server ready to {@link KmipServer#start()}; its threads exist from here on, so close it. */
        public KmipServer build() {
            Objects.requireNonNull(config, "config");
            Objects.requireNonNull(trust, "trust");
            Objects.requireNonNull(processor, "processor");
            Objects.requireNonNull(auditor, "auditor");
            Objects.requireNonNull(observer, "observer");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(drainTimeout, "drainTimeout");
            return new KmipServer(this);
        }
    }
}
