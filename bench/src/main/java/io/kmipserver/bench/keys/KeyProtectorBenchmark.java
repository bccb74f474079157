package io.kmipserver.bench.keys;

import io.kmipserver.server.keys.KeyProtector;
import io.kmipserver.server.keys.Pkcs11KeyProtector;
import io.kmipserver.server.keys.Pkcs11Pin;
import io.kmipserver.server.keys.Pkcs11Settings;
import io.kmipserver.server.keys.ProtectedMaterial;
import io.kmipserver.server.keys.SoftwareKeyProtector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Operations per second of {@code protect} (a fresh IV from the protector's RNG, AES-256-GCM of a
 * 32-byte key bound to adapter and object) and {@code unprotect}, with one and with four threads, for
 * the software protector and for the PKCS#11 protector on a token.
 *
 * <p>The PKCS#11 case needs a token with a user PIN; with SoftHSM2:
 * <pre>
 *   export SOFTHSM2_CONF=$(mktemp -d)/softhsm2.conf
 *   printf 'directories.tokendir = %s\nobjectstore.backend = file\nlog.level = ERROR\n' \
 *       "$(dirname $SOFTHSM2_CONF)" &gt; $SOFTHSM2_CONF
 *   softhsm2-util --init-token --free --label kmip-bench --so-pin 87654321 --pin 12345678
 *   KMIP_SERVER_PKCS11_PIN=12345678 java -jar bench/target/kmip-bench.jar KeyProtector -f 1
 * </pre>
 * {@code KMIP_BENCH_PKCS11_LIBRARY} (default SoftHSM2's module) and {@code KMIP_BENCH_PKCS11_TOKEN}
 * (default {@code kmip-bench}) point it at another module and token. Each trial makes one root key in
 * the token, for an adapter of its own. Add {@code -p protector=software} to measure only software.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "--add-exports=jdk.crypto.cryptoki/sun.security.pkcs11.wrapper=ALL-UNNAMED")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class KeyProtectorBenchmark {
    private static final int OBJECTS = 1024;

    @Param({"software", "pkcs11"})
    public String protector;

    private Path directory;
    private KeyProtector keys;
    private String adapter;
    private String[] uids;
    private byte[][] plaintexts;
    private ProtectedMaterial[] sealed;

    /** Each benchmark thread walks the prepared objects on its own. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup(Level.Trial)
    public void open() throws IOException {
        directory = Files.createTempDirectory("kmip-keys-bench");
        if (protector.equals("software")) {
            keys = SoftwareKeyProtector.open(directory.resolve("keys"));
        } else {
            Path library = Path.of(System.getenv().getOrDefault("KMIP_BENCH_PKCS11_LIBRARY",
                    "/usr/lib/softhsm/libsofthsm2.so"));
            String token = System.getenv().getOrDefault("KMIP_BENCH_PKCS11_TOKEN", "kmip-bench");
            keys = Pkcs11KeyProtector.open(Pkcs11Settings.tokenLabel(library, token).withSessions(16),
                    Pkcs11Pin.fromEnvironment(System.getenv()));
        }
        adapter = "bench-" + UUID.randomUUID();
        keys.createRootKey(adapter);
        uids = new String[OBJECTS];
        plaintexts = new byte[OBJECTS][];
        sealed = new ProtectedMaterial[OBJECTS];
        for (int i = 0; i < OBJECTS; i++) {
            uids[i] = UUID.randomUUID().toString();
            plaintexts[i] = keys.generateKeyMaterial(256);
            sealed[i] = keys.protect(adapter, uids[i], plaintexts[i]);
        }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        keys.close();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private ProtectedMaterial protectNext(Cursor cursor) {
        int i = cursor.next++ & (OBJECTS - 1);
        return keys.protect(adapter, uids[i], plaintexts[i]);
    }

    private byte[] unprotectNext(Cursor cursor) {
        int i = cursor.next++ & (OBJECTS - 1);
        return keys.unprotect(adapter, uids[i], sealed[i]);
    }

    @Benchmark
    @Threads(1)
    public ProtectedMaterial protectOneThread(Cursor cursor) {
        return protectNext(cursor);
    }

    @Benchmark
    @Threads(4)
    public ProtectedMaterial protectFourThreads(Cursor cursor) {
        return protectNext(cursor);
    }

    @Benchmark
    @Threads(1)
    public byte[] unprotectOneThread(Cursor cursor) {
        return unprotectNext(cursor);
    }

    @Benchmark
    @Threads(4)
    public byte[] unprotectFourThreads(Cursor cursor) {
        return unprotectNext(cursor);
    }
}
