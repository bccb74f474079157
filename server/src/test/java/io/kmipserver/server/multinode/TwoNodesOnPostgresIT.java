package io.kmipserver.server.multinode;

import static io.kmipserver.server.multinode.PostgresNodes.call;
import static io.kmipserver.server.multinode.PostgresNodes.connect;
import static io.kmipserver.server.multinode.PostgresNodes.createAes;
import static io.kmipserver.server.multinode.PostgresNodes.material;
import static io.kmipserver.server.multinode.PostgresNodes.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.event.Outcome;
import io.kmipserver.certs.DevPki;
import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.message.ResponseBatchItem;
import io.kmipserver.codec.payload.GetAttributesResponse;
import io.kmipserver.codec.payload.LocateResponse;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.codec.spec.RevocationReasonCode;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.server.protocol.AuditEvents;
import io.kmipserver.server.protocol.Requests;
import io.kmipserver.server.runtime.ServerRuntime;
import io.kmipserver.server.store.ManagedObject;
import io.kmipserver.server.testing.KmipTestClient;
import io.kmipserver.server.testing.SoftHsmToken;
import io.kmipserver.server.testing.TestJournal;
import io.kmipserver.server.testing.TestPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two server nodes as an operator would run them side by side: one PostgreSQL database (of the
 * JVM's {@link TestPostgres}, on 127.0.0.1), one PKCS#11 token (SoftHSM2) holding the adapters' root keys, one PKI directory (so both
 * nodes trust the same CA and the {@value ServerRuntime#DEFAULT_ADAPTER} adapter the first node made
 * is the one the second finds); each node with its own data directory, journal, port and node id.
 * Every call goes over real mutual TLS to the node named, in KMIP 1.4.
 */
@ExtendWith({SoftHsmToken.class, TestPostgres.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesOnPostgresIT {

    /** Half the rounds race on a Deactivated key, half on an Active one. */
    private static final int RACE_ROUNDS = 80;

    private ServerRuntime nodeA;
    private ServerRuntime nodeB;

    @BeforeAll
    void startPostgresAndTwoNodes(@TempDir Path dir) throws Exception {
        Map<String, String> shared = PostgresNodes.sharedSettings(dir.resolve("pki"), TestPostgres.freshDatabase(),
                dir.resolve("secrets"));
        // One after the other, as a rolling start does: the first creates the adapter and its root key.
        nodeA = PostgresNodes.start(shared, dir.resolve("node-a"), "node-a");
        nodeB = PostgresNodes.start(shared, dir.resolve("node-b"), "node-b");
    }

    @AfterAll
    void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {nodeB, nodeA}) {
            if (c != null) {
                c.close();
            }
        }
    }

    private static Attributes attributes(KmipTestClient c, String id) throws Exception {
        return ok(c, Requests.getAttributes(id)).payload(GetAttributesResponse.class).attributes();
    }

    @Test
    void bothNodesShareTheDefaultAdapterAndItsRootKeyInTheToken() {
        assertThat(nodeB.defaultAdapter().id()).isEqualTo(nodeA.defaultAdapter().id());
        assertThat(nodeB.keyProtector().currentRootKeyVersion(nodeB.defaultAdapter().id())).isEqualTo(1);
        assertThat(nodeA.pki().certificate(DevPki.Role.CA)).isEqualTo(nodeB.pki().certificate(DevPki.Role.CA));
    }

    @Test
    void aKeyCreatedThroughNodeAIsGetAndLocateAbleThroughNodeBWithIdenticalMaterial() throws Exception {
        try (KmipTestClient a = connect(nodeA); KmipTestClient b = connect(nodeB)) {
            String id = createAes(a, "made-on-a");
            byte[] onA = material(a, id);
            byte[] onB = material(b, id);
            assertThat(onB).hasSize(32).isEqualTo(onA);
            assertThat(ok(b, Requests.locate(Requests.name("made-on-a"))).payload(LocateResponse.class)
                    .uniqueIdentifiers()).containsExactly(id);
            assertThat(attributes(b, id).state()).isEqualTo(State.PRE_ACTIVE);
        }
    }

    @Test
    void aDestroyThroughNodeBIsSeenByNodeAAtOnce() throws Exception {
        try (KmipTestClient a = connect(nodeA); KmipTestClient b = connect(nodeB)) {
            String id = createAes(a, "destroyed-on-b");
            ok(a, Requests.activate(id));
            material(a, id);
            ok(b, Requests.revoke(id, RevocationReasonCode.CESSATION_OF_OPERATION));
            assertThat(attributes(a, id).state()).as("A after B's Revoke").isEqualTo(State.DEACTIVATED);
            ok(b, Requests.destroy(id));

            // KMIP 1.4 Table 338: Get of a destroyed object, whose material is gone, is Illegal Operation.
            assertThat(call(a, Requests.get(id)).resultReason()).isEqualTo(ResultReason.ILLEGAL_OPERATION);
            Attributes seenByA = attributes(a, id);
            assertThat(seenByA.state()).isEqualTo(State.DESTROYED);
            assertThat(seenByA.dateOf(Tag.DESTROY_DATE)).isNotNull();
            assertThat(nodeA.store().findMaterial(nodeA.defaultAdapter().id(), id)).isEmpty();
        }
    }

    /** What one race round's two requests answered. */
    private record Round(String id, boolean active, ResponseBatchItem revoke, ResponseBatchItem destroy) {
    }

    @Test
    void revokeOnNodeARacingDestroyOnNodeBAlwaysLeavesALegalStateWithNothingLost() throws Exception {
        List<Round> rounds = new ArrayList<>();
        ExecutorService racers = Executors.newFixedThreadPool(2);
        CyclicBarrier start = new CyclicBarrier(2);
        try (KmipTestClient setup = connect(nodeA); KmipTestClient raceA = connect(nodeA);
                KmipTestClient raceB = connect(nodeB)) {
            for (int i = 0; i < RACE_ROUNDS; i++) {
                boolean active = i % 2 == 1;
                String id = createAes(setup, "race-" + i);
                ok(setup, Requests.activate(id));
                if (!active) {
                    ok(setup, Requests.revoke(id, RevocationReasonCode.CESSATION_OF_OPERATION));
                }
                Future<ResponseBatchItem> revoke = racers.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return call(raceA, Requests.revoke(id, RevocationReasonCode.KEY_COMPROMISE));
                });
                Future<ResponseBatchItem> destroy = racers.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return call(raceB, Requests.destroy(id));
                });
                rounds.add(new Round(id, active, revoke.get(20, TimeUnit.SECONDS), destroy.get(20, TimeUnit.SECONDS)));
            }
        } finally {
            racers.shutdownNow();
        }

        try (KmipTestClient a = connect(nodeA); KmipTestClient b = connect(nodeB)) {
            List<String> broken = new ArrayList<>();
            for (Round r : rounds) {
                try {
                    checkRound(r, a, b);
                } catch (AssertionError e) {
                    broken.add(e.getMessage().strip().replaceAll("\\s+", " "));
                }
            }
            assertThat(broken).as("rounds that ended in an illegal or inconsistent state, of " + RACE_ROUNDS).isEmpty();
        }
        checkJournals(rounds);
    }

    /**
     * The end state of one round against the serial orders the lifecycle allows (KMIP 1.4 §3.22):
     * Revoke (Key Compromise) takes Active or Deactivated to Compromised and Destroyed to Destroyed
     * Compromised; Destroy takes Deactivated to Destroyed and Compromised to Destroyed Compromised and
     * refuses Active. So both succeeding must end in Destroyed Compromised whatever their order; one
     * may lose only to a concurrent change (reported as General Failure, retry) or, on an Active key
     * Destroy reached first, to the wrong-state refusal (1.x: Permission Denied).
     */
    private void checkRound(Round r, KmipTestClient a, KmipTestClient b) throws Exception {
        String what = (r.active() ? "Active" : "Deactivated") + " key " + r.id() + ", Revoke on A " + outcome(r.revoke())
                + ", Destroy on B " + outcome(r.destroy());
        boolean revoked = r.revoke().isSuccess();
        boolean destroyed = r.destroy().isSuccess();
        assertThat(revoked || destroyed).as("one of them wins: " + what).isTrue();
        if (!revoked) {
            assertThat(r.revoke().resultReason()).as(what).isEqualTo(ResultReason.GENERAL_FAILURE);
        }
        if (!destroyed) {
            assertThat(r.destroy().resultReason()).as(what)
                    .isIn(ResultReason.GENERAL_FAILURE, ResultReason.PERMISSION_DENIED);
            if (r.destroy().resultReason() == ResultReason.PERMISSION_DENIED) {
                assertThat(r.active()).as("only an Active key refuses Destroy: " + what).isTrue();
            }
        }
        if (destroyed && !revoked) {
            assertThat(r.active()).as("an Active key cannot be destroyed before it is revoked: " + what).isFalse();
        }
        State expected = revoked && destroyed ? State.DESTROYED_COMPROMISED
                : revoked ? State.COMPROMISED : State.DESTROYED;

        Attributes viaA = attributes(a, r.id());
        Attributes viaB = attributes(b, r.id());
        assertThat(viaA.state()).as(what).isEqualTo(expected);
        assertThat(viaB.state()).as("node B agrees: " + what).isEqualTo(expected);
        ManagedObject stored = nodeA.store().findObject(nodeA.defaultAdapter().id(), r.id()).orElseThrow();
        assertThat(stored.state()).as(what).isEqualTo(expected.value());
        if (revoked) {
            assertThat(viaA.contains(Tag.REVOCATION_REASON)).as("compromise recorded: " + what).isTrue();
            assertThat(viaA.dateOf(Tag.COMPROMISE_DATE)).as("compromise recorded: " + what).isNotNull();
            assertThat(viaA.dateOf(Tag.COMPROMISE_OCCURRENCE_DATE)).as(what).isNotNull();
        } else {
            assertThat(viaA.dateOf(Tag.COMPROMISE_DATE)).as(what).isNull();
        }
        boolean materialStored = nodeA.store().findMaterial(nodeA.defaultAdapter().id(), r.id()).isPresent();
        if (destroyed) {
            assertThat(viaA.dateOf(Tag.DESTROY_DATE)).as(what).isNotNull();
            assertThat(materialStored).as("material erased: " + what).isFalse();
            assertThat(stored.hasMaterial()).as(what).isFalse();
            assertThat(call(b, Requests.get(r.id())).resultReason()).as(what).isEqualTo(ResultReason.ILLEGAL_OPERATION);
        } else {
            assertThat(viaA.dateOf(Tag.DESTROY_DATE)).as(what).isNull();
            assertThat(materialStored).as("material kept: " + what).isTrue();
        }
    }

    private static String outcome(ResponseBatchItem item) {
        return item.isSuccess() ? "succeeded" : item.resultReason() + " (" + item.resultMessage() + ")";
    }

    /** Each node journals its own requests, and only those: observer and target match the round. */
    private void checkJournals(List<Round> rounds) {
        List<AuditEvent> journalA = TestJournal.events(nodeA.audit().reader());
        List<AuditEvent> journalB = TestJournal.events(nodeB.audit().reader());
        assertThat(journalA).isNotEmpty().allMatch(e -> e.observer().equals("node-a"));
        assertThat(journalB).isNotEmpty().allMatch(e -> e.observer().equals("node-b"));
        String revoke = AuditEvents.action(Operation.REVOKE);
        String destroy = AuditEvents.action(Operation.DESTROY);
        for (Round r : rounds) {
            List<AuditEvent> revokesOnA = about(journalA, revoke, r.id());
            assertThat(revokesOnA).as("setup and race Revokes of " + r.id()).hasSize(r.active() ? 1 : 2);
            AuditEvent raced = revokesOnA.get(revokesOnA.size() - 1);
            assertThat(raced.outcome()).as(r.id()).isEqualTo(r.revoke().isSuccess() ? Outcome.SUCCESS : Outcome.FAILURE);
            assertThat(about(journalA, destroy, r.id())).as(r.id()).isEmpty();
            List<AuditEvent> destroysOnB = about(journalB, destroy, r.id());
            assertThat(destroysOnB).as(r.id()).hasSize(1);
            assertThat(destroysOnB.get(0).outcome()).as(r.id())
                    .isEqualTo(r.destroy().isSuccess() ? Outcome.SUCCESS : Outcome.FAILURE);
            assertThat(about(journalB, revoke, r.id())).as(r.id()).isEmpty();
        }
        Set<String> idsA = Set.copyOf(journalA.stream().map(AuditEvent::id).toList());
        assertThat(journalB).noneMatch(e -> idsA.contains(e.id()));
    }

    private static List<AuditEvent> about(List<AuditEvent> journal, String action, String uid) {
        return journal.stream()
                .filter(e -> e.action().equals(action) && e.target().uniqueIdentifiers().contains(uid))
                .toList();
    }
}
