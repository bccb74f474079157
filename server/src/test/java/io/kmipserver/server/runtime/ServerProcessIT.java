package io.kmipserver.server.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.certs.PemFiles;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.server.testing.KmipTestClient;
import io.kmipserver.server.testing.ServerProcess;
import io.kmipserver.server.testing.TestProcessor;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar as operators start it: {@code java -jar kmip-server.jar serve}, stopped by SIGTERM. */
class ServerProcessIT {

    @TempDir
    Path dir;

    private KmipTestClient connect(ServerProcess server) throws Exception {
        Path pki = dir.resolve("pki");
        return KmipTestClient.connect(new InetSocketAddress("127.0.0.1", server.port()),
                PemFiles.readCertifiedKey(pki.resolve("client.pem"), pki.resolve("client-key.pem")),
                List.of(PemFiles.readCertificate(pki.resolve("ca.pem"))));
    }

    @Test
    void jarServesTheDevClientAndStopsCleanlyOnSigterm() throws Exception {
        try (ServerProcess server = ServerProcess.start(dir)) {
            assertThat(server.output()).contains("client.pem", "[client]");
            try (KmipTestClient client = connect(server)) {
                assertThat(client.call(TestProcessor.discoverVersions(ProtocolVersion.V1_4)).batchItems().get(0)
                        .isSuccess()).isTrue();
            }

            int exit = server.stop(Duration.ofSeconds(30));

            assertThat(exit).as(server.output()).isIn(0, 143);
            assertThat(server.output()).contains("Stopping kmip-server", "KMIP listener stopped",
                    "Audit journal closed");
            assertThat(server.output()).doesNotContain("ERROR");
        }
        // Everything was released: the same data directory starts again, with the same PKI.
        try (ServerProcess again = ServerProcess.start(dir)) {
            assertThat(again.output()).doesNotContain("Wrote ");
            try (KmipTestClient client = connect(again)) {
                assertThat(client.call(TestProcessor.discoverVersions(ProtocolVersion.V2_1)).protocolVersion())
                        .isEqualTo(ProtocolVersion.V2_1);
            }
            assertThat(again.stop(Duration.ofSeconds(30))).isIn(0, 143);
        }
    }
}
