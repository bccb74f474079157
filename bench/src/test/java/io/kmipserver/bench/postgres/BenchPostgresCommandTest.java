package io.kmipserver.bench.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchPostgresCommandTest {

    @Test
    void aDatabaseNameThatIsNotAPlainIdentifierIsAUsageErrorBeforeAnythingStarts() {
        for (String bad : new String[] {"Upper", "with-dash", "x; DROP DATABASE postgres", "postgres", "template1", "1st"}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            StringWriter err = new StringWriter();
            CommandLine command = new CommandLine(new BenchPostgresCommand(new PrintStream(out, true, StandardCharsets.UTF_8)));
            command.setErr(new PrintWriter(err));

            int status = command.execute("--database", "kmip_ok", "--database", bad);

            assertThat(status).as(bad).isEqualTo(2);
            assertThat(err.toString()).as(bad).contains("not a usable database name");
            assertThat(out.toString(StandardCharsets.UTF_8)).as("nothing started for %s", bad).isEmpty();
        }
    }
}
