package io.kmipserver.server.management;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kmipserver.certs.CertificateAuthority;
import io.kmipserver.certs.CertifiedKey;
import io.kmipserver.certs.KeySpec;
import io.kmipserver.certs.PemFiles;
import io.kmipserver.certs.Validity;
import io.kmipserver.server.testing.ManagementClient;
import io.kmipserver.server.testing.ServerProcess;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's loop with an independent client: a certificate registered through the management
 * API of the running jar lets PyKMIP ({@code /usr/bin/python3}, Debian's {@code python3-pykmip})
 * connect at once, and deleting it closes PyKMIP's open connection and refuses the next one.
 */
class ManagementPykmipIT {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path SCRIPT = Path.of("src/test/resources/pykmip/held_connection.py");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aCertificateRegisteredThroughTheApiConnectsAtOnceAndItsDeletionCutsTheConnection() throws Exception {
        Path data = dir.resolve("data");
        try (ServerProcess server = ServerProcess.start(data)) {
            Path pki = data.resolve("pki");
            ManagementClient admin = new ManagementClient(new InetSocketAddress("127.0.0.1", server.managementPort()),
                    PemFiles.readCertifiedKey(pki.resolve("admin.pem"), pki.resolve("admin-key.pem")),
                    List.of(PemFiles.readCertificate(pki.resolve("ca.pem"))));
            // A CA the server does not know: only the registration admits its certificate.
            Clock clock = Clock.systemUTC();
            CertificateAuthority vendor = CertificateAuthority.createSelfSigned("CN=Vendor CA", KeySpec.EC_P256,
                    Validity.starting(clock, Duration.ofDays(30)), clock);
            CertifiedKey array = vendor.issueClient("pykmip-array");
            Path cert = dir.resolve("array.pem");
            Path key = dir.resolve("array-key.pem");
            PemFiles.writeCertifiedKey(cert, key, array);

            assertThat(admin.post("/api/v2/kmip_adapters", "{\"name\":\"pykmip\"}").status()).isEqualTo(201);
            ManagementClient.Reply registered = admin.post("/api/v2/kmip_adapters/pykmip/certificates",
                    "{\"name\":\"array\",\"certificate\":" + JSON.valueToTree(PemFiles.certificatesToPem(
                            List.of(array.certificate()))) + "}");
            assertThat(registered.status()).as(registered.text()).isEqualTo(201);

            Process pykmip = new ProcessBuilder(PYTHON.toString(), SCRIPT.toString(), "127.0.0.1",
                    String.valueOf(server.port()), pki.resolve("ca.pem").toString(), cert.toString(), key.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(pykmip.getInputStream(),
                    StandardCharsets.UTF_8)); OutputStream in = pykmip.getOutputStream()) {
                JsonNode create = JSON.readTree(out.readLine());
                assertThat(create.path("ok").asBoolean()).as("PyKMIP connected at once: " + create).isTrue();
                String uid = create.path("uid").asText();
                JsonNode objects = admin.get("/api/v2/kmip_adapters/pykmip/kmip_objects").json();
                assertThat(objects.path("resources").findValuesAsText("id")).as("the key is the adapter's")
                        .containsExactly(uid);

                assertThat(admin.delete("/api/v2/kmip_adapters/pykmip/certificates/array").status()).isEqualTo(204);
                in.write('\n');
                in.flush();
                JsonNode getAfter = JSON.readTree(out.readLine());
                assertThat(getAfter.path("ok").asBoolean()).as("the open connection is cut: " + getAfter).isFalse();
                JsonNode reconnect = JSON.readTree(out.readLine());
                assertThat(reconnect.path("ok").asBoolean()).as("a new connection is refused: " + reconnect).isFalse();
            } finally {
                if (!pykmip.waitFor(60, TimeUnit.SECONDS)) {
                    pykmip.destroyForcibly();
                }
            }
        }
    }
}
