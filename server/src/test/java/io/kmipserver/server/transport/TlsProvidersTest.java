package io.kmipserver.server.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.certs.CertificateAuthority;
import io.kmipserver.certs.KeySpec;
import io.kmipserver.certs.Validity;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.server.config.ServerConfig.TlsProvider;
import io.kmipserver.server.runtime.JournalConnectionAuditor;
import io.kmipserver.server.testing.KmipTestClient;
import io.kmipserver.server.testing.TestNode;
import io.kmipserver.server.testing.TestProcessor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each TLS implementation {@code tls.provider} selects — BCJSSE, SunJSSE, OpenSSL through
 * netty-tcnative — admits the dev PKI's client, and reports refusals so that the audit event says why
 * and, when a certificate was presented, whose it was.
 */
class TlsProvidersTest {

    @TempDir
    Path dir;

    private TestNode node;

    @AfterEach
    void stop() {
        if (node != null) {
            node.close();
        }
    }

    private TestNode start(TlsProvider provider) throws IOException {
        node = TestNode.start(dir, Map.of("tls.provider", provider.name().toLowerCase(Locale.ROOT)));
        return node;
    }

    @ParameterizedTest
    @EnumSource(TlsProvider.class)
    void providerCompletesMutualTlsAndAnswers(TlsProvider provider) throws Exception {
        start(provider);
        for (String protocol : List.of("TLSv1.3", "TLSv1.2")) {
            try (KmipTestClient c = node.connect(node.client(), protocol)) {
                assertThat(c.call(TestProcessor.discoverVersions(ProtocolVersion.V1_4)).batchItems().get(0).isSuccess())
                        .isTrue();
                assertThat(c.socket().getSession().getProtocol()).isEqualTo(protocol);
            }
        }
        assertThat(node.processor.sessions()).extracting(s -> s.tlsProtocol())
                .containsExactly("TLSv1.3", "TLSv1.2");
        assertThat(node.processor.sessions()).allSatisfy(s -> {
            assertThat(s.adapterName()).isEqualTo("default");
            assertThat(s.cipherSuite()).startsWith("TLS_");
        });
    }

    @ParameterizedTest
    @EnumSource(TlsProvider.class)
    void providerRefusesAClientWithoutCertificateAsNoCertificate(TlsProvider provider) throws Exception {
        start(provider);
        node.expectRefused(null);
        assertThat(onlyHandshakeEvent().reason().message()).startsWith("no-certificate");
    }

    @ParameterizedTest
    @EnumSource(TlsProvider.class)
    void providerRefusesAForeignCertificateNamingIt(TlsProvider provider) throws Exception {
        start(provider);
        CertificateAuthority foreign = CertificateAuthority.createSelfSigned("CN=foreign CA", KeySpec.EC_P256,
                Validity.starting(Clock.systemUTC(), Duration.ofDays(30)), Clock.systemUTC());
        node.expectRefused(foreign.issueClient("stranger"));
        AuditEvent event = onlyHandshakeEvent();
        assertThat(event.reason().message()).startsWith("untrusted");
        assertThat(event.initiator().certificateSubject()).isEqualTo("CN=stranger");
    }

    private AuditEvent onlyHandshakeEvent() throws InterruptedException {
        return node.onlyEvent(JournalConnectionAuditor.HANDSHAKE_ACTION);
    }
}
