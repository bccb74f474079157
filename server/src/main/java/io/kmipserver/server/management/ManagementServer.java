package io.kmipserver.server.management;

import io.kmipserver.certs.DevPki;
import io.kmipserver.server.config.ServerConfig;
import io.kmipserver.server.identity.ClientTrustManager;
import io.kmipserver.server.identity.ClientTrustSource;
import io.kmipserver.server.transport.ServerTls;
import io.kmipserver.server.transport.WorkerPool;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
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
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The management REST API listener: HTTPS (HTTP/1.1) on {@code management.bind}:{@code management.port},
 * over the same TLS stack and settings as KMIP ({@code tls.provider}, {@code tls.protocols}, the
 * server certificate) with a required client certificate whose role {@link ManagementRoles} decides.
 * Requests are answered by {@link ManagementApi} on a small worker pool of its own
 * ({@code management.worker-threads}), never on the event loop.
 *
 * <p>{@link #start} returns once bound. {@link #close()} unbinds, closes the connections, then stops
 * the workers and the event loop; the runtime closes it before the KMIP listener and the services.
 *
 * <p>Thread-safe.
 */
public final class ManagementServer implements AutoCloseable {

    /**
     * Bytes a connection may have written but not yet sent before an event stream to it is ended:
     * about 8,000 events. A client that stops reading is cut off instead of growing server memory.
     */
    static final int STREAM_BACKLOG_BYTES = 4 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ManagementServer.class);
    private static final Duration WORKER_STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final int WORKER_QUEUE = 256;

    private final ServerConfig.Management settings;
    private final ManagementApi api;
    private final EventLoopGroup group;
    private final WorkerPool workers;
    private final ChannelGroup channels;
    private final ManagementChannelInitializer initializer;
    private Channel serverChannel;
    private boolean closed;

    private ManagementServer(ManagementServices services, ManagementRoles roles) throws IOException {
        ServerConfig config = services.config();
        this.settings = config.management();
        ManagementAudit audit = new ManagementAudit(services.journal(), services.audit().eventIds(),
                config.nodeId(), services.clock());
        Router router = new Router();
        ManagementResources.register(router, services);
        this.api = new ManagementApi(router, audit);
        SslContext ssl = ServerTls.serverContext(config.tls(), services.pki().load(DevPki.Role.SERVER),
                new ClientTrustManager(ClientTrustSource.fixed(roles.trust()), services.clock()));
        this.group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("kmip-mgmt-io"),
                NioIoHandler.newFactory());
        this.workers = new WorkerPool("kmip-mgmt-worker-", settings.workerThreads(), WORKER_QUEUE);
        this.channels = new DefaultChannelGroup("management-connections", GlobalEventExecutor.INSTANCE);
        this.initializer = new ManagementChannelInitializer(ssl, api, roles, audit, workers, services.metrics(),
                services.clock(), settings.maxBodySize(), config.kmip().idleTimeout(), config.kmip().readTimeout(),
                channels, config.nodeId(), settings.maxConnections());
    }

    /**
     * Builds the API from the node's services and binds the listener.
     *
     * @throws IOException when the server key or {@code management.roles-ca-file} cannot be read
     * @throws UncheckedIOException when the address cannot be bound
     */
    public static ManagementServer start(ManagementServices services) throws IOException {
        Objects.requireNonNull(services, "services");
        ManagementRoles roles = ManagementRoles.of(services.config().management(), services.pki());
        ManagementServer server = new ManagementServer(services, roles);
        server.bind();
        return server;
    }

    private synchronized void bind() {
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 128)
                .childOption(ChannelOption.TCP_NODELAY, true)
                // An event stream stops at the high mark (see ManagementHttpHandler.ChannelEventStream):
                // a subscriber that does not read must not make the server buffer without bound.
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK,
                        new WriteBufferWaterMark(STREAM_BACKLOG_BYTES / 2, STREAM_BACKLOG_BYTES))
                .childHandler(initializer);
        try {
            serverChannel = bootstrap.bind(settings.bind(), settings.port()).sync().channel();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted while binding " + settings.bind() + ":" + settings.port(), e);
        } catch (Exception e) {
            close();
            IOException io = e instanceof IOException ioe ? ioe : new IOException(e.getMessage(), e);
            throw new UncheckedIOException("cannot listen on " + settings.bind() + ":" + settings.port()
                    + " for the management API: " + e.getMessage(), io);
        }
        LOG.info("Management API listening on {}:{}", localAddress().getAddress().getHostAddress(),
                localAddress().getPort());
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

    /** The routes (the OpenAPI test compares them with the document). */
    public Router router() {
        return api.router();
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
        channels.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        if (!workers.shutdown(WORKER_STOP_TIMEOUT)) {
            LOG.warn("Management worker threads did not stop within {}; interrupted", WORKER_STOP_TIMEOUT);
        }
        group.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
        LOG.info("Management API stopped");
    }
}
