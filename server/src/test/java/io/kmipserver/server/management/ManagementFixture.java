package io.kmipserver.server.management;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.certs.CertifiedKey;
import io.kmipserver.certs.CertificateAuthority;
import io.kmipserver.certs.DevPki;
import io.kmipserver.server.config.ConfigLoader;
import io.kmipserver.server.protocol.DefaultRequestProcessor;
import io.kmipserver.server.protocol.ProcessorSettings;
import io.kmipserver.server.runtime.ServerRuntime;
import io.kmipserver.server.testing.KmipTestClient;
import io.kmipserver.server.testing.ManagementClient;
import io.kmipserver.server.testing.TestJournal;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole node started in-process in a temp directory — dev PKI, SQLite store, software key
 * protector, Chronicle journal, the real request processor, KMIP and management listeners on
 * ephemeral ports — with HTTPS clients holding the dev PKI's admin, auditor and a role-less
 * certificate.
 */
final class ManagementFixture implements AutoCloseable {

    final ServerRuntime runtime;
    final ManagementClient admin;
    final ManagementClient auditor;
    /** A client certificate the dev CA issued, with no management role; null without the CA key. */
    final ManagementClient stranger;

    private ManagementFixture(ServerRuntime runtime, boolean clients) throws Exception {
        this.runtime = runtime;
        this.admin = clients ? client(pki().load(DevPki.Role.ADMIN)) : null;
        this.auditor = clients ? client(pki().load(DevPki.Role.AUDITOR)) : null;
        this.stranger = clients && pki().caKeyPresent() ? client(authority().issueClient("stranger")) : null;
    }

    static ManagementFixture start(Path dir) throws Exception {
        return start(dir, Map.of());
    }

    static ManagementFixture start(Path dir, Map<String, String> extra) throws Exception {
        return start(dir, extra, true);
    }

    /** A node without the HTTPS clients (e.g. with the management API off). */
    static ManagementFixture startWithoutClients(Path dir, Map<String, String> extra) throws Exception {
        return start(dir, extra, false);
    }

    private static ManagementFixture start(Path dir, Map<String, String> extra, boolean clients) throws Exception {
        Map<String, String> settings = new HashMap<>();
        settings.put("data.dir", dir.toString());
        settings.put("kmip.port", "0");
        settings.put("management.port", "0");
        settings.put("node.id", "mgmt-test");
        settings.putAll(extra);
        ServerRuntime runtime = ServerRuntime.start(ConfigLoader.load(null, Map.of(), settings),
                services -> new DefaultRequestProcessor(services.store(), services.keyProtector(), services.journal(),
                        ProcessorSettings.defaults(services.nodeId()).withClock(services.clock())),
                Clock.systemUTC());
        try {
            return new ManagementFixture(runtime, clients);
        } catch (Exception | Error e) {
            runtime.close();
            throw e;
        }
    }

    DevPki pki() {
        return runtime.pki();
    }

    CertificateAuthority authority() throws Exception {
        return CertificateAuthority.load(pki().load(DevPki.Role.CA), Clock.systemUTC());
    }

    InetSocketAddress managementAddress() {
        return runtime.management().orElseThrow().localAddress();
    }

    ManagementClient client(CertifiedKey key) throws Exception {
        return new ManagementClient(managementAddress(), key, List.of(pki().certificate(DevPki.Role.CA)));
    }

    KmipTestClient kmip(CertifiedKey key) throws Exception {
        return KmipTestClient.connect(runtime.kmipServer().localAddress(), key,
                List.of(pki().certificate(DevPki.Role.CA)));
    }

    /** Every event in the node's journal, in order. */
    List<AuditEvent> events() {
        return TestJournal.events(runtime.audit().reader());
    }

    /** The events appended after the first {@code mark} ones. */
    List<AuditEvent> eventsAfter(int mark) {
        List<AuditEvent> all = events();
        return all.subList(Math.min(mark, all.size()), all.size());
    }

    /**
     * Runs a call and asserts it left exactly one event, with this action, outcome and reason
     * (the HTTP status); returns the event.
     */
    AuditEvent onlyEventOf(ThrowingCall call, String action, int status) throws Exception {
        int mark = events().size();
        int answered = call.run();
        assertThat(answered).as("HTTP status").isEqualTo(status);
        List<AuditEvent> after = eventsAfter(mark);
        assertThat(after).as("events of one call").hasSize(1);
        AuditEvent event = after.get(0);
        assertThat(event.action()).isEqualTo(action);
        assertThat(event.reason().code()).isEqualTo(Integer.toString(status));
        assertThat(event.outcome().name()).isEqualTo(status < 400 ? "SUCCESS" : "FAILURE");
        return event;
    }

    /** A call that returns its HTTP status. */
    @FunctionalInterface
    interface ThrowingCall {
        int run() throws Exception;
    }

    @Override
    public void close() {
        runtime.close();
    }
}
