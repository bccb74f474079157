package io.kmipserver.server.multinode;

import static io.kmipserver.server.multinode.PostgresNodes.connect;
import static io.kmipserver.server.multinode.PostgresNodes.createAes;
import static io.kmipserver.server.multinode.PostgresNodes.material;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.kmipserver.certs.DevPki;
import io.kmipserver.server.runtime.ServerRuntime;
import io.kmipserver.server.store.Adapter;
import io.kmipserver.server.testing.KmipTestClient;
import io.kmipserver.server.testing.SoftHsmToken;
import io.kmipserver.server.testing.TestPostgres;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Two nodes started at the same moment on one empty PostgreSQL database — what a cluster's first
 * deployment does. Both race to migrate the schema and to create the adapter
 * {@value ServerRuntime#DEFAULT_ADAPTER}; the loser of the insert must come up on the winner's adapter
 * (and its root key in the shared token) instead of failing its start. Several rounds, each on a new
 * database. Whether a round's two inserts really collide depends on timing (measured here: 1 round in 6,
 * then 0 in 4; a start is a second or more of PKI, token and journal work, the read-then-insert window
 * milliseconds): the
 * test counts the rounds whose loser logged the conflict and prints the count, and
 * {@code runtime.DefaultAdapterRaceOnPostgresIT} forces the collision in every round.
 *
 * <p>The PKI is issued before the race, as an operator hands every node the same PKI files; the two
 * nodes then share one PKCS#11 token, as they must to read each other's keys.
 */
@ExtendWith({SoftHsmToken.class, TestPostgres.class})
class ConcurrentFirstStartOnPostgresIT {

    private static final int ROUNDS = 5;
    private static final String LOST_THE_RACE = "was created concurrently by another node";

    @TempDir
    Path dir;

    @Test
    void twoNodesStartingTogetherOnOneEmptyDatabaseBothComeUpOnTheSingleDefaultAdapter() throws Exception {
        Path pki = dir.resolve("pki");
        DevPki.ensure(pki, List.of(), List.of(), Clock.systemUTC());
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger runtimeLog = (Logger) LoggerFactory.getLogger(ServerRuntime.class);
        runtimeLog.addAppender(log);
        log.start();
        int conflictsSeen = 0;
        ExecutorService starters = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                TestPostgres.Database db = TestPostgres.freshDatabase();
                Map<String, String> shared = PostgresNodes.sharedSettings(pki, TestPostgres.freshDatabase(),
                        dir.resolve("secrets-" + round));
                int logBefore = log.list.size();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<ServerRuntime>> starting = new ArrayList<>();
                for (String node : List.of("node-a", "node-b")) {
                    Path dataDir = dir.resolve("round-" + round).resolve(node);
                    starting.add(starters.submit(() -> {
                        together.await(30, TimeUnit.SECONDS);
                        return PostgresNodes.start(shared, dataDir, node);
                    }));
                }
                List<ServerRuntime> nodes = new ArrayList<>();
                try {
                    for (Future<ServerRuntime> f : starting) {
                        nodes.add(f.get(120, TimeUnit.SECONDS));
                    }
                    checkRound(round, nodes.get(0), nodes.get(1));
                } finally {
                    for (Future<ServerRuntime> f : starting) {
                        // A start that failed left nothing open; one that succeeded is closed here.
                        if (f.isDone() && !f.isCancelled()) {
                            try {
                                f.get().close();
                            } catch (Exception ignored) {
                                // the assertion above reports why this round failed
                            }
                        }
                    }
                }
                List<ILoggingEvent> roundLog;
                synchronized (log) {
                    roundLog = new ArrayList<>(log.list.subList(logBefore, log.list.size()));
                }
                long lost = roundLog.stream().filter(e -> e.getFormattedMessage().contains(LOST_THE_RACE)).count();
                long created = roundLog.stream().filter(e -> e.getFormattedMessage().startsWith("Created adapter 'default'"))
                        .count();
                assertThat(created).as("round %d: exactly one node created the adapter", round).isEqualTo(1);
                assertThat(lost).as("round %d", round).isLessThanOrEqualTo(1);
                conflictsSeen += (int) lost;
            }
        } finally {
            starters.shutdownNow();
            runtimeLog.detachAppender(log);
        }
        System.out.printf("concurrent first start: %d of %d rounds ran into the insert conflict%n", conflictsSeen, ROUNDS);
    }

    /** One adapter, one trust anchor, one root key in the token, and keys that cross from node to node. */
    private static void checkRound(int round, ServerRuntime a, ServerRuntime b) throws Exception {
        String what = "round " + round;
        Adapter adapter = a.defaultAdapter();
        assertThat(b.defaultAdapter().id()).as(what).isEqualTo(adapter.id());
        assertThat(a.store().listAdapters()).as(what).extracting(Adapter::name).containsExactly(ServerRuntime.DEFAULT_ADAPTER);
        assertThat(b.store().trustOf(adapter.id())).as("%s: the CA was trusted once", what).hasSize(1);
        assertThat(a.keyProtector().currentRootKeyVersion(adapter.id())).as(what).isEqualTo(1);
        assertThat(b.keyProtector().currentRootKeyVersion(adapter.id())).as(what).isEqualTo(1);
        KeyStore token = SoftHsmToken.keyStore(SoftHsmToken.LABEL);
        List<String> rootKeys = Collections.list(token.aliases()).stream().filter(alias -> alias.contains(adapter.id())).toList();
        assertThat(rootKeys).as("%s: one root key of the adapter in the token", what).hasSize(1);
        try (KmipTestClient onA = connect(a); KmipTestClient onB = connect(b)) {
            String fromA = createAes(onA, "a-" + round);
            String fromB = createAes(onB, "b-" + round);
            assertThat(material(onB, fromA)).as(what).isEqualTo(material(onA, fromA)).hasSize(32);
            assertThat(material(onA, fromB)).as(what).isEqualTo(material(onB, fromB)).hasSize(32);
        }
    }
}
