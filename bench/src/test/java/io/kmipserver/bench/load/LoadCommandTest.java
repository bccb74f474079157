package io.kmipserver.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kmipserver.codec.message.ProtocolVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LoadCommandTest {

    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CommandLine cli = new CommandLine(new LoadCommand());
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }

    private static LoadCommand parsed(String... args) {
        LoadCommand command = new LoadCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    private static final String[] FILES = {"--ca", "ca.pem", "--cert", "c.pem", "--key", "k.pem"};

    private static String[] with(String... more) {
        String[] all = new String[FILES.length + more.length];
        System.arraycopy(FILES, 0, all, 0, FILES.length);
        System.arraycopy(more, 0, all, FILES.length, more.length);
        return all;
    }

    @Test
    void defaultsAreLoopbackGetHeavyKmip12ForTwentySecondsAfterFive() {
        LoadSettings settings = parsed(FILES).settings();

        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(5696);
        assertThat(settings.connections()).isEqualTo(1);
        assertThat(settings.duration()).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.warmup()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.version()).isEqualTo(ProtocolVersion.V1_2);
        assertThat(settings.workload()).isEqualTo("mix create:10,get:90");
        assertThat(settings.needsKeyPool()).isTrue();
    }

    @Test
    void lifecycleScenarioNeedsNoKeyPool() {
        LoadSettings settings = parsed(with("--scenario", "lifecycle", "--duration", "0.5")).settings();

        assertThat(settings.workload()).isEqualTo("lifecycle");
        assertThat(settings.needsKeyPool()).isFalse();
        assertThat(settings.duration()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aRemoteHostIsRefusedWithExitCodeTwoUnlessAllowed() {
        int code = execute(with("--host", "10.1.2.3", "--duration", "1"));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("not the loopback interface").contains("--allow-remote");
        assertThat(parsed(with("--host", "10.1.2.3", "--allow-remote")).settings().host()).isEqualTo("10.1.2.3");
    }

    @Test
    void onlyLoopbackLiteralsAndLocalhostCountAsLoopbackWithoutAnyLookup() {
        assertThat(LoadCommand.isLoopback("127.0.0.1")).isTrue();
        assertThat(LoadCommand.isLoopback("127.8.9.10")).isTrue();
        assertThat(LoadCommand.isLoopback("::1")).isTrue();
        assertThat(LoadCommand.isLoopback("[::1]")).isTrue();
        assertThat(LoadCommand.isLoopback("LocalHost")).isTrue();
        assertThat(LoadCommand.isLoopback("192.168.1.1")).isFalse();
        assertThat(LoadCommand.isLoopback("kms.example.com")).isFalse();
        assertThat(LoadCommand.isLoopback("localhost.example.com")).isFalse();
    }

    @Test
    void invalidValuesAreUsageErrorsNamingTheOption() {
        assertThat(execute(with("--kmip-version", "3.0"))).isEqualTo(2);
        assertThat(err.toString()).contains("--kmip-version must be one of");
        assertThat(execute(with("--scenario", "soak"))).isEqualTo(2);
        assertThat(err.toString()).contains("--scenario must be mix or lifecycle");
        assertThat(execute(with("--connections", "0"))).isEqualTo(2);
        assertThat(err.toString()).contains("connections must be 1..256");
        assertThat(execute(with("--mix", "get:90,revoke:10"))).isEqualTo(2);
        assertThat(err.toString()).contains("--scenario lifecycle");
        assertThat(execute(with("--tls-protocol", "TLSv1.1"))).isEqualTo(2);
        assertThat(err.toString()).contains("TLSv1.3 or TLSv1.2");
        assertThat(execute("--ca", "ca.pem")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required options");
    }

    @Test
    void everyKmipVersionParsesAndUnknownOnesDoNot() {
        assertThat(LoadCommand.parseVersion("1.0")).isEqualTo(ProtocolVersion.V1_0);
        assertThat(LoadCommand.parseVersion(" 2.1 ")).isEqualTo(ProtocolVersion.V2_1);
        assertThatThrownBy(() -> LoadCommand.parseVersion("1.5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadCommand.parseVersion("two")).isInstanceOf(IllegalArgumentException.class);
    }
}
