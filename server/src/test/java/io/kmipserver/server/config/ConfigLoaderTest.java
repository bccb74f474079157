package io.kmipserver.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @Test
    void defaultsGiveTheDevProfile() {
        ServerConfig c = ConfigLoader.load(null, Map.of(), Map.of());
        assertThat(c.kmip().port()).isEqualTo(5696);
        assertThat(c.management().port()).isEqualTo(9443);
        assertThat(c.kmip().bind()).isEqualTo("127.0.0.1");
        assertThat(c.dataDir()).isEqualTo(Path.of("./data"));
        assertThat(c.pkiDir()).isEqualTo(Path.of("./data/pki"));
        assertThat(c.kmip().maxMessageSize()).isEqualTo(1 << 20);
        assertThat(c.tls().provider()).isEqualTo(ServerConfig.TlsProvider.BCJSSE);
        assertThat(c.keys().protector()).isEqualTo(ServerConfig.ProtectorType.SOFTWARE);
        assertThat(c.audit().retentionDays()).isEqualTo(180);
    }

    @Test
    void fileThenEnvironmentThenFlagsTakePrecedence(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kmip.properties");
        Files.writeString(file, "kmip.port=7000\nmanagement.port=7001\nkmip.read-timeout=PT5S\n");
        ServerConfig c = ConfigLoader.load(file, Map.of("KMIP_SERVER_MANAGEMENT_PORT", "7002"), Map.of("kmip.port", "7003"));
        assertThat(c.kmip().port()).isEqualTo(7003);
        assertThat(c.management().port()).isEqualTo(7002);
        assertThat(c.kmip().readTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void everyProblemIsReportedAtOnce(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kmip.properties");
        Files.writeString(file, "kmip.port=seventy\ntls.protocols=TLSv1.1\nno.such.key=1\nkeys.protector=pkcs11\n");
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of(), Map.of()))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).hasSize(5)
                        .anyMatch(p -> p.startsWith("kmip.port"))
                        .anyMatch(p -> p.contains("TLSv1.1"))
                        .anyMatch(p -> p.contains("no.such.key"))
                        .anyMatch(p -> p.contains("pkcs11-library"))
                        .anyMatch(p -> p.contains("pkcs11-pin-file")));
    }

    @Test
    void environmentNamesAreDerivedFromKeys() {
        assertThat(ConfigLoader.envName("kmip.max-message-size")).isEqualTo("KMIP_SERVER_KMIP_MAX_MESSAGE_SIZE");
    }
}
