package io.kmipserver.server.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kmipserver.server.testing.ServerProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An independent KMIP client — PyKMIP's {@code ProxyKmipClient} from Debian's {@code python3-pykmip},
 * run with {@code /usr/bin/python3} — against the runnable jar over mutual TLS on 127.0.0.1. The
 * script {@code src/test/resources/pykmip/interop.py} reports each step as a JSON line; the
 * assertions are here.
 */
class PykmipInteropIT {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path SCRIPT = Path.of("src/test/resources/pykmip/interop.py");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;

    private static ServerProcess server;

    @BeforeAll
    static void startServerAndCheckPykmip() throws Exception {
        Process probe = new ProcessBuilder(PYTHON.toString(), "-c", "import kmip.pie.client").redirectErrorStream(true)
                .start();
        String probeOut = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.waitFor())
                .as("PyKMIP is required: apt-get install python3-pykmip (bin/test-all installs it). " + probeOut)
                .isZero();
        server = ServerProcess.start(dataDir);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static Map<String, JsonNode> runSession(String version) throws IOException, InterruptedException {
        Path pki = dataDir.resolve("pki");
        Process p = new ProcessBuilder(PYTHON.toString(), SCRIPT.toString(), "127.0.0.1",
                String.valueOf(server.port()), pki.resolve("ca.pem").toString(),
                pki.resolve("client.pem").toString(), pki.resolve("client-key.pem").toString(), version)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("PyKMIP session finished").isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        Map<String, JsonNode> steps = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                JsonNode n = JSON.readTree(line);
                steps.put(n.get("step").asText(), n);
            }
        }
        return steps;
    }

    @ParameterizedTest(name = "KMIP {0}")
    @ValueSource(strings = {"1.0", "1.2", "1.4", "2.0"})
    void pykmipClientRunsTheWholeKeyLifecycle(String version) throws Exception {
        Map<String, JsonNode> s = runSession(version);
        String all = s.values().toString();
        assertThat(s.keySet()).as(all).contains("create", "get", "destroy", "register-secret-data", "get-secret-data");
        for (String ok : List.of("create", "get-before-activate", "activate", "get-attributes", "get-attribute-list",
                "locate-by-name", "get", "revoke", "get-attributes-after-revoke", "destroy", "register-secret-data",
                "get-secret-data")) {
            assertThat(s.get(ok).get("ok").asBoolean()).as(ok + ": " + s.get(ok)).isTrue();
        }
        String uid = s.get("create").get("uid").asText();

        JsonNode key = s.get("get");
        assertThat(key.get("object_type").asText()).isEqualTo("SYMMETRIC_KEY");
        assertThat(key.get("algorithm").asText()).isEqualTo("AES");
        assertThat(key.get("length").asInt()).isEqualTo(256);
        assertThat(key.get("material_length").asInt()).isEqualTo(32);

        JsonNode attributes = s.get("get-attributes").get("attributes");
        assertThat(attributes.get("State").asText()).isEqualTo("ACTIVE");
        assertThat(attributes.get("Cryptographic Algorithm").asText()).isEqualTo("AES");
        assertThat(attributes.get("Name").asText()).isEqualTo("pykmip-interop-key-" + version);
        assertThat(s.get("get-attribute-list").get("names")).extracting(JsonNode::asText)
                .contains("Unique Identifier", "Object Type", "State", "Initial Date", "Name", "Digest");
        assertThat(s.get("locate-by-name").get("uids")).extracting(JsonNode::asText).containsExactly(uid);
        assertThat(s.get("get-attributes-after-revoke").get("state").asText()).isEqualTo("DEACTIVATED");

        // The error paths, with the Result Reasons the spec gives for each version.
        JsonNode destroyActive = s.get("destroy-active");
        assertThat(destroyActive.get("ok").asBoolean()).isFalse();
        assertThat(destroyActive.get("reason").asText())
                .isEqualTo(version.startsWith("1.") ? "PERMISSION_DENIED" : "WRONG_KEY_LIFECYCLE_STATE");
        assertThat(s.get("get-destroyed").get("ok").asBoolean()).isFalse();
        assertThat(s.get("get-destroyed").get("status").asText()).isEqualTo("OPERATION_FAILED");
        assertThat(s.get("get-unknown").get("ok").asBoolean()).isFalse();
        assertThat(s.get("get-unknown").get("reason").asText()).isEqualTo("ITEM_NOT_FOUND");

        assertThat(s.get("get-secret-data").get("object_type").asText()).isEqualTo("SECRET_DATA");
        assertThat(s.get("get-secret-data").get("value_matches").asBoolean()).isTrue();
        // Get with a Key Wrapping Specification. The wrapping key has no Cryptographic Parameters and
        // the request gives none: 1.4 §2.1.6 makes that an error (Item Not Found, whose message cites
        // the section — in ASCII, which PyKMIP needs); 1.0 has no Encoding Option field (Invalid
        // Field). In 2.0 the server wraps with NIST Key Wrap; PyKMIP then cannot read the Byte String
        // Key Value the spec prescribes for a wrapped key, and says exactly that.
        JsonNode wrapped = s.get("get-wrapped");
        assertThat(wrapped).as(all).isNotNull();
        if (version.equals("2.0")) {
            assertThat(wrapped.get("ok").asBoolean()).as(wrapped.toString()).isTrue();
            if (wrapped.has("client_cannot_read_wrapped_key_value")) {
                assertThat(wrapped.get("message").asText()).contains("expected 1, received 8");
            } else {
                assertThat(wrapped.get("unwraps_to_key").asBoolean()).as(wrapped.toString()).isTrue();
                assertThat(wrapped.get("wrapped_differs").asBoolean()).isTrue();
            }
        } else {
            assertThat(wrapped.get("ok").asBoolean()).as(wrapped.toString()).isFalse();
            assertThat(wrapped.get("reason").asText())
                    .isEqualTo(version.equals("1.0") ? "INVALID_FIELD" : "ITEM_NOT_FOUND");
            if (!version.equals("1.0")) {
                assertThat(wrapped.get("message").asText()).contains("section 2.1.6");
            }
        }
        assertThat(server.output()).doesNotContain("ERROR");
    }

    static {
        // Fail loudly, not skip, when the script is missing from the checkout.
        if (!Files.isRegularFile(SCRIPT)) {
            throw new IllegalStateException(SCRIPT.toAbsolutePath() + " is missing");
        }
    }

}
