package io.kmipserver.server.store;

import static io.kmipserver.server.store.StoreFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.server.store.StoreFixture.Key;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN invariant 5, at the store: a create whose future completed survives {@code kill -9} of the
 * process in the middle of a stream of group commits.
 */
class StoreKillIT {

    private static final int ACKS_BEFORE_KILL = 300;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedCreateSurvivesKillDashNine() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        String sqliteTmp = System.getProperty("org.sqlite.tmpdir");
        if (sqliteTmp != null) {
            command.add("-Dorg.sqlite.tmpdir=" + sqliteTmp);
        }
        command.addAll(List.of(Writer.class.getName(), dir.toString()));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();

        String adapter = null;
        List<String> acknowledged = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ADAPTER ")) {
                    adapter = line.substring(8);
                } else if (line.startsWith("ACK ")) {
                    acknowledged.add(line.substring(4));
                    if (acknowledged.size() == ACKS_BEFORE_KILL) {
                        child.destroyForcibly(); // SIGKILL: no shutdown hook, no close, mid-stream
                        break;
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(adapter).as("the child started").isNotNull();
        assertThat(acknowledged).hasSize(ACKS_BEFORE_KILL);
        try (JdbcObjectStore reopened = StoreFixture.open(dir)) {
            for (String uid : acknowledged) {
                assertThat(reopened.findObject(adapter, uid)).as("acknowledged %s", uid).isPresent();
                assertThat(reopened.findMaterial(adapter, uid)).as("material of %s", uid).isPresent();
            }
        }
    }

    /** The process that is killed: eight clients creating keys and printing each acknowledgement. */
    public static final class Writer {
        public static void main(String[] args) throws Exception {
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            JdbcObjectStore store = StoreFixture.open(Path.of(args[0]));
            String adapter = StoreFixture.adapter(store, "kill");
            synchronized (out) {
                out.println("ADAPTER " + adapter);
                out.flush();
            }
            for (int t = 0; t < 8; t++) {
                Thread client = new Thread(() -> {
                    while (true) {
                        Key key = Key.aes(adapter, 256, T0).named("k");
                        store.submit(tx -> tx.insertObject(key.build())).join();
                        synchronized (out) {
                            out.println("ACK " + key.uid);
                            out.flush();
                        }
                    }
                });
                client.start();
            }
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
