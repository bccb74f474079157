package io.kmipserver.server.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.event.Outcome;
import io.kmipserver.audit.event.Severity;
import io.kmipserver.certs.CertificateAuthority;
import io.kmipserver.certs.CertifiedKey;
import io.kmipserver.certs.Fingerprints;
import io.kmipserver.certs.KeySpec;
import io.kmipserver.certs.Validity;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.message.ResponseMessage;
import io.kmipserver.codec.payload.DiscoverVersionsResponse;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.server.protocol.ClientSession;
import io.kmipserver.server.runtime.JournalConnectionAuditor;
import io.kmipserver.server.store.Adapter;
import io.kmipserver.server.testing.KmipTestClient;
import io.kmipserver.server.testing.TestNode;
import io.kmipserver.server.testing.TestProcessor;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.ServerOnlyTlsAuthentication;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsClientProtocol;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The KMIP listener over real mutual TLS on 127.0.0.1 (BCJSSE, the default provider): who is
 * admitted, who is refused, and that every refusal leaves exactly one {@code kmip.handshake} event in
 * the journal while normal disconnects leave none.
 */
class MutualTlsTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private TestNode node;

    @AfterEach
    void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void clientCertificateOfTheDevPkiIsAnsweredAsAdapterDefault() throws Exception {
        node = TestNode.start(dir);
        CertifiedKey client = node.client();
        try (KmipTestClient c = node.connect(client)) {
            ResponseMessage response = c.call(TestProcessor.discoverVersions(ProtocolVersion.V1_4));

            assertThat(response.protocolVersion()).isEqualTo(ProtocolVersion.V1_4);
            assertThat(response.batchItems().get(0).payload(DiscoverVersionsResponse.class).protocolVersions())
                    .containsExactly(ProtocolVersion.V1_4);
        }
        ClientSession session = node.processor.sessions().get(0);
        assertThat(session.adapterName()).isEqualTo("default");
        assertThat(session.adapterId()).isEqualTo(node.defaultAdapter.id());
        assertThat(session.certificateFingerprint()).isEqualTo(Fingerprints.sha256Hex(client.certificate()));
        assertThat(session.certificateSubject()).isEqualTo("CN=client");
        assertThat(session.remoteAddress()).isEqualTo("127.0.0.1");
        assertThat(session.tlsProtocol()).isEqualTo("TLSv1.3");
        assertThat(node.journal.events()).isEmpty();
    }

    @Test
    void tls12IsAcceptedToo() throws Exception {
        node = TestNode.start(dir);
        try (KmipTestClient c = node.connect(node.client(), "TLSv1.2")) {
            assertThat(c.call(TestProcessor.discoverVersions(ProtocolVersion.V2_1)).protocolVersion())
                    .isEqualTo(ProtocolVersion.V2_1);
            assertThat(c.socket().getSession().getProtocol()).isEqualTo("TLSv1.2");
        }
    }

    @Test
    void handshakeWithoutCertificateIsRefusedAndAuditedOnce() throws Exception {
        node = TestNode.start(dir);
        node.expectRefused(null);

        AuditEvent event = onlyHandshakeEvent();
        assertThat(event.reason().message()).startsWith("no-certificate");
        assertThat(event.initiator().certificateSubject()).isNull();
        assertThat(event.initiator().remoteAddress()).isEqualTo("127.0.0.1");
    }

    @Test
    void certificateFromAnUnknownCaIsRefusedAndAuditedOnce() throws Exception {
        node = TestNode.start(dir);
        CertificateAuthority foreign = CertificateAuthority.createSelfSigned("CN=foreign CA", KeySpec.EC_P256,
                Validity.starting(Clock.systemUTC(), Duration.ofDays(30)), Clock.systemUTC());
        CertifiedKey stranger = foreign.issueClient("stranger");
        node.expectRefused(stranger);

        AuditEvent event = onlyHandshakeEvent();
        assertThat(event.reason().message()).startsWith("untrusted");
        assertThat(event.initiator().certificateSubject()).isEqualTo("CN=stranger");
        assertThat(event.initiator().certificateFingerprint()).isEqualTo(Fingerprints.sha256Hex(stranger.certificate()));
    }

    @Test
    void expiredCertificateIsRefusedAndAuditedOnce() throws Exception {
        node = TestNode.start(dir);
        Instant now = Instant.now();
        CertifiedKey late = node.authority().issueClient("late", KeySpec.EC_P256,
                new Validity(now.minus(Duration.ofDays(60)), now.minus(Duration.ofDays(1))));
        node.expectRefused(late);

        AuditEvent event = onlyHandshakeEvent();
        assertThat(event.reason().message()).startsWith("expired");
        assertThat(event.initiator().certificateSubject()).isEqualTo("CN=late");
    }

    @Test
    void certificateThatBelongsToNoAdapterIsRefusedAfterTheHandshakeAndAuditedOnce() throws Exception {
        node = TestNode.withoutAdapters(dir);
        CertifiedKey client = node.client();
        try (KmipTestClient c = node.connect(client)) {
            c.send(TestProcessor.discoverVersions(ProtocolVersion.V1_4));
            assertThat(c.awaitClosedByServer(WAIT)).isTrue();
        }

        AuditEvent event = onlyHandshakeEvent();
        assertThat(event.reason().message()).startsWith("no-adapter");
        assertThat(event.initiator().certificateFingerprint()).isEqualTo(Fingerprints.sha256Hex(client.certificate()));
        assertThat(node.processor.sessions()).isEmpty();
    }

    @Test
    void tls11IsRefusedAndAudited() throws Exception {
        node = TestNode.start(dir);
        // SunJSSE will not even offer TLS 1.1 (jdk.tls.disabledAlgorithms): speak it with BC's own API.
        try (Socket socket = new Socket(node.address().getAddress(), node.address().getPort())) {
            socket.setSoTimeout(5_000);
            TlsClientProtocol protocol = new TlsClientProtocol(socket.getInputStream(), socket.getOutputStream());
            DefaultTlsClient tls11 = new DefaultTlsClient(new BcTlsCrypto(new SecureRandom())) {
                @Override
                protected org.bouncycastle.tls.ProtocolVersion[] getSupportedVersions() {
                    return org.bouncycastle.tls.ProtocolVersion.TLSv11.only();
                }

                @Override
                public TlsAuthentication getAuthentication() {
                    return new ServerOnlyTlsAuthentication() {
                        @Override
                        public void notifyServerCertificate(TlsServerCertificate certificate) {
                        }
                    };
                }
            };
            boolean connected;
            try {
                protocol.connect(tls11);
                connected = true;
            } catch (IOException refused) {
                connected = false;
            }
            assertThat(connected).as("a TLS 1.1 handshake completed").isFalse();
        }
        AuditEvent event = onlyHandshakeEvent();
        assertThat(event.reason().message()).startsWith("tls-failure");
    }

    @Test
    void connectionsClosedWithoutARequestAreNotAudited() throws Exception {
        node = TestNode.start(dir);
        // A port probe: TCP connect, close.
        new Socket(node.address().getAddress(), node.address().getPort()).close();
        // vCenter's connection test: a full TLS handshake, then close without a request.
        try (KmipTestClient c = node.connect(node.client())) {
            assertThat(c.socket().getSession().isValid()).isTrue();
        }
        // One refused client afterwards, whose event proves the auditor was working all along.
        node.expectRefused(null);

        assertThat(node.journal.await(JournalConnectionAuditor.HANDSHAKE_ACTION, 1, WAIT)).hasSize(1);
        Thread.sleep(200);
        assertThat(node.journal.events()).hasSize(1);
    }

    @Test
    void oversizedFrameClosesTheConnectionWithOneInvalidEvent() throws Exception {
        node = TestNode.start(dir, Map.of("kmip.max-message-size", "1024"));
        try (KmipTestClient c = node.connect(node.client())) {
            // A Request Message header announcing 4096 bytes: refused on the header alone.
            c.sendRaw(new byte[] {0x42, 0x00, 0x78, 0x01, 0x00, 0x00, 0x10, 0x00});
            assertThat(c.awaitClosedByServer(WAIT)).isTrue();
        }
        List<AuditEvent> invalid = node.journal.await(JournalConnectionAuditor.INVALID_ACTION, 1, WAIT);
        assertThat(invalid).hasSize(1);
        AuditEvent event = invalid.get(0);
        assertThat(event.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(event.reason().code()).isEqualTo("Invalid Message");
        assertThat(event.reason().message()).contains("exceeds the maximum message size of 1024");
        assertThat(event.initiator().adapter()).isEqualTo("default");
        assertThat(node.journal.events()).hasSize(1);
        assertThat(node.processor.sessions()).isEmpty();
    }

    @Test
    void undecodableRequestIsAnsweredAndTheConnectionStaysOpen() throws Exception {
        node = TestNode.start(dir);
        try (KmipTestClient c = node.connect(node.client())) {
            // A whole Request Message frame whose Request Header is an Integer instead of a Structure.
            c.sendRaw(new byte[] {
                0x42, 0x00, 0x78, 0x01, 0x00, 0x00, 0x00, 0x10,
                0x42, 0x00, 0x77, 0x02, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00});
            ResponseMessage answer = c.receive();
            assertThat(answer.batchItems().get(0).resultReason()).isEqualTo(ResultReason.INVALID_MESSAGE);

            ResponseMessage next = c.call(TestProcessor.discoverVersions(ProtocolVersion.V1_2));
            assertThat(next.batchItems().get(0).isSuccess()).isTrue();
        }
        assertThat(node.processor.undecodable()).hasSize(1);
    }

    @Test
    void adaptersWithDifferentCasGetTheirOwnClients() throws Exception {
        node = TestNode.start(dir);
        Clock clock = Clock.systemUTC();
        CertificateAuthority caA = CertificateAuthority.createSelfSigned("CN=storage vendor A", KeySpec.EC_P256,
                Validity.starting(clock, Duration.ofDays(30)), clock);
        CertificateAuthority caB = CertificateAuthority.createSelfSigned("CN=database vendor B", KeySpec.RSA_2048,
                Validity.starting(clock, Duration.ofDays(30)), clock);
        Adapter arrays = node.addAdapter("arrays", caA.certificate(), null);
        Adapter databases = node.addAdapter("databases", caB.certificate(), null);

        try (KmipTestClient a = node.connect(caA.issueClient("array-7"));
                KmipTestClient b = node.connect(caB.issueClient("db-3"))) {
            assertThat(a.call(TestProcessor.discoverVersions(ProtocolVersion.V1_4)).batchItems().get(0).isSuccess())
                    .isTrue();
            assertThat(b.call(TestProcessor.discoverVersions(ProtocolVersion.V2_0)).batchItems().get(0).isSuccess())
                    .isTrue();
        }
        assertThat(node.processor.sessions())
                .extracting(ClientSession::certificateSubject, ClientSession::adapterId, ClientSession::adapterName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CN=array-7", arrays.id(), "arrays"),
                        org.assertj.core.groups.Tuple.tuple("CN=db-3", databases.id(), "databases"));
        assertThat(node.processor.sessions().get(0).connectionId())
                .isNotEqualTo(node.processor.sessions().get(1).connectionId());
    }

    private AuditEvent onlyHandshakeEvent() throws InterruptedException {
        AuditEvent event = node.onlyEvent(JournalConnectionAuditor.HANDSHAKE_ACTION);
        assertThat(event.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(event.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(event.reason().code()).isEqualTo("Authentication Not Successful");
        assertThat(event.observer()).isEqualTo("test-node");
        return event;
    }
}
