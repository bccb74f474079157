package io.kmipserver.server.protocol;

import static io.kmipserver.server.protocol.Requests.activate;
import static io.kmipserver.server.protocol.Requests.createAes;
import static io.kmipserver.server.protocol.Requests.destroy;
import static io.kmipserver.server.protocol.Requests.get;
import static io.kmipserver.server.protocol.Requests.getAttributes;
import static io.kmipserver.server.protocol.Requests.locate;
import static io.kmipserver.server.protocol.Requests.name;
import static io.kmipserver.server.protocol.Requests.registerAes;
import static io.kmipserver.server.protocol.Requests.revoke;
import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.event.Outcome;
import io.kmipserver.audit.event.Severity;
import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.AttributeKey;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.message.ResponseBatchItem;
import io.kmipserver.codec.object.SymmetricKey;
import io.kmipserver.codec.payload.AddAttributeRequest;
import io.kmipserver.codec.payload.CreateResponse;
import io.kmipserver.codec.payload.DeleteAttributeRequest;
import io.kmipserver.codec.payload.DiscoverVersionsRequest;
import io.kmipserver.codec.payload.GetAttributeListRequest;
import io.kmipserver.codec.payload.GetResponse;
import io.kmipserver.codec.payload.ReKeyRequest;
import io.kmipserver.codec.payload.RegisterResponse;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.codec.spec.RevocationReasonCode;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.server.store.ControlledWalForce;
import io.kmipserver.server.store.LocateQuery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditTrailTest extends HarnessTest {



    @Test
    void everyBatchItemLeavesExactlyOneEventWithActionOutcomeReasonInitiatorAndTarget() {
        ProtocolVersion v = ProtocolVersion.V1_4;
        String uid = h.one(v, h.a, createAes(256, name("audited"))).payload(CreateResponse.class).uniqueIdentifier();
        h.one(v, h.a, getAttributes(uid));
        h.one(v, h.a, new GetAttributeListRequest(Requests.uid(uid)));
        h.one(v, h.a, new AddAttributeRequest(Requests.uid(uid), Requests.custom("owner", "team-a")));
        h.one(v, h.a, new DeleteAttributeRequest(Requests.uid(uid), AttributeKey.vendor("x", "owner"), null, null));
        h.one(v, h.a, activate(uid));
        h.one(v, h.a, get(uid));
        h.one(v, h.a, locate(name("audited")));
        h.one(v, h.a, new ReKeyRequest(Requests.uid(uid), null, null, null, null));
        h.one(v, h.a, revoke(uid, RevocationReasonCode.CESSATION_OF_OPERATION));
        h.one(v, h.a, destroy(uid));
        h.one(v, h.a, destroy(uid)); // fails: already destroyed
        h.one(v, h.a, new DiscoverVersionsRequest(List.of()));
        h.one(v, h.b, get(uid)); // another adapter: Item Not Found

        List<AuditEvent> events = h.events();
        assertThat(events).extracting(AuditEvent::action).containsExactly("kmip.create", "kmip.get-attributes",
                "kmip.get-attribute-list", "kmip.add-attribute", "kmip.delete-attribute", "kmip.activate", "kmip.get",
                "kmip.locate", "kmip.re-key", "kmip.revoke", "kmip.destroy", "kmip.destroy", "kmip.discover-versions",
                "kmip.get");
        assertThat(events).extracting(AuditEvent::outcome).containsExactly(Outcome.SUCCESS, Outcome.SUCCESS,
                Outcome.SUCCESS, Outcome.SUCCESS, Outcome.SUCCESS, Outcome.SUCCESS, Outcome.SUCCESS, Outcome.SUCCESS,
                Outcome.SUCCESS, Outcome.SUCCESS, Outcome.SUCCESS, Outcome.FAILURE, Outcome.SUCCESS, Outcome.FAILURE);
        assertThat(events).extracting(e -> e.correlationId()).doesNotHaveDuplicates();

        AuditEvent create = events.get(0);
        assertThat(create.target().uniqueIdentifiers()).containsExactly(uid);
        assertThat(create.target().objectType()).isEqualTo("Symmetric Key");
        assertThat(create.target().adapter()).isEqualTo("adapter-a");
        assertThat(create.initiator().adapter()).isEqualTo("adapter-a");
        assertThat(create.initiator().certificateSubject()).isEqualTo("CN=adapter-a-client");
        assertThat(create.initiator().remoteAddress()).isEqualTo("127.0.0.1");
        assertThat(create.observer()).isEqualTo("node-1");
        assertThat(create.requestData()).containsEntry("cryptographicAlgorithm", "AES")
                .containsEntry("cryptographicLength", "256").containsEntry("names", "audited")
                .containsEntry("cryptographicUsageMask", Integer.toString(Requests.ENCRYPT_DECRYPT));
        assertThat(create.requestData().keySet()).as("requestData keys are camelCase")
                .allMatch(key -> key.matches("[a-z][A-Za-z.]*"));
        assertThat(create.responseData()).containsEntry("state", "Pre-Active");
        assertThat(create.severity()).isEqualTo(Severity.NORMAL);
        assertThat(create.reason()).isNull();

        assertThat(events.get(4).severity()).isEqualTo(Severity.WARNING); // delete attribute
        assertThat(events.get(5).requestData()).containsEntry("state.before", "Pre-Active");
        assertThat(events.get(5).responseData()).containsEntry("state.after", "Active");
        assertThat(events.get(7).responseData()).containsEntry("returnedItems", "1");
        assertThat(events.get(8).target().uniqueIdentifiers()).hasSize(2).contains(uid); // re-key: old and new
        assertThat(events.get(8).severity()).isEqualTo(Severity.WARNING);
        assertThat(events.get(9).requestData()).containsEntry("revocationReason", "Cessation of Operation");
        assertThat(events.get(9).severity()).isEqualTo(Severity.WARNING);
        assertThat(events.get(10).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(events.get(11).reason().code()).isEqualTo("Permission Denied");
        assertThat(events.get(11).severity()).isEqualTo(Severity.CRITICAL);
        AuditEvent foreign = events.get(13);
        assertThat(foreign.reason().code()).isEqualTo("Item Not Found");
        assertThat(foreign.initiator().adapter()).isEqualTo("adapter-b");
        assertThat(foreign.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void createFailsAndStoresNothingWhenTheJournalCannotBeWritten() {
        FailingJournal journal = new FailingJournal(h.chronicle);
        h.useJournal(journal);

        ResponseBatchItem item = h.one(ProtocolVersion.V2_1, h.a, createAes(128, name("never-stored")));

        assertThat(item.resultReason()).isEqualTo(ResultReason.GENERAL_FAILURE);
        assertThat(item.resultMessage()).isEqualTo("audit journal unavailable");
        assertThat(h.store.locate(h.adapterA, LocateQuery.of())).isEmpty();
        assertThat(h.events()).isEmpty();
    }

    /**
     * The success event is journaled in the pre-commit hook; when the commit then fails (here the WAL
     * cannot be forced), the item fails and its failure event names the success event it undoes.
     */
    @Test
    void aCommitThatFailsAfterTheSuccessEventIsJournaledLeavesAFailureEventThatSupersedesIt(@TempDir Path other) {
        java.util.concurrent.atomic.AtomicReference<ControlledWalForce> force = new java.util.concurrent.atomic.AtomicReference<>();
        KmipHarness faulty = new KmipHarness(other, file -> ControlledWalForce.openStore(file, force::set));
        try {
            force.get().failing = true;
            ResponseBatchItem item = faulty.one(ProtocolVersion.V1_4, faulty.a, createAes(128, name("lost")));

            assertThat(item.resultReason()).isEqualTo(ResultReason.GENERAL_FAILURE);
            List<AuditEvent> events = faulty.events();
            assertThat(events).hasSize(2);
            AuditEvent journaled = events.get(0);
            AuditEvent undone = events.get(1);
            assertThat(journaled.outcome()).isEqualTo(Outcome.SUCCESS);
            assertThat(undone.outcome()).isEqualTo(Outcome.FAILURE);
            assertThat(undone.action()).isEqualTo(journaled.action());
            assertThat(undone.correlationId()).isEqualTo(journaled.correlationId());
            assertThat(undone.responseData()).containsEntry("supersedes", journaled.id());
        } finally {
            faulty.close();
        }
    }

    @Test
    void destroyIsRolledBackWhenTheJournalCannotBeWritten() {
        String uid = h.one(ProtocolVersion.V1_4, h.a, createAes(128)).payload(CreateResponse.class).uniqueIdentifier();
        FailingJournal journal = new FailingJournal(h.chronicle);
        h.useJournal(journal);

        ResponseBatchItem failed = h.one(ProtocolVersion.V1_4, h.a, destroy(uid));

        assertThat(failed.resultReason()).isEqualTo(ResultReason.GENERAL_FAILURE);
        var object = h.store.findObject(h.adapterA, uid).orElseThrow();
        assertThat(object.state()).isEqualTo(State.PRE_ACTIVE.value());
        assertThat(object.hasMaterial()).isTrue();

        journal.failing = false;
        assertThat(h.one(ProtocolVersion.V1_4, h.a, destroy(uid)).isSuccess()).isTrue();
    }

    @Test
    void aReadOnlyItemFailsWhenItsEventCannotBeWritten() {
        String uid = h.one(ProtocolVersion.V1_4, h.a, createAes(128)).payload(CreateResponse.class).uniqueIdentifier();
        h.one(ProtocolVersion.V1_4, h.a, get(uid)); // the first Get clears Fresh (a write); the next is read-only
        h.useJournal(new FailingJournal(h.chronicle));

        ResponseBatchItem item = h.one(ProtocolVersion.V1_4, h.a, getAttributes(uid));

        assertThat(item.isSuccess()).isFalse();
        assertThat(item.resultMessage()).isEqualTo("audit journal unavailable");
        assertThat(item.payload()).isNull();
    }

    @Test
    void noKeyMaterialReachesAnyJournalByteRawHexOrBase64() throws IOException {
        byte[] registered = new byte[32];
        new SecureRandom().nextBytes(registered);
        String registeredUid = h.one(ProtocolVersion.V1_4, h.a, registerAes(registered, name("known")))
                .payload(RegisterResponse.class).uniqueIdentifier();
        String createdUid = h.one(ProtocolVersion.V2_1, h.a, createAes(256)).payload(CreateResponse.class)
                .uniqueIdentifier();
        List<byte[]> secrets = new ArrayList<>();
        secrets.add(registered);
        for (String uid : List.of(registeredUid, createdUid)) {
            for (ProtocolVersion v : List.of(ProtocolVersion.V1_0, ProtocolVersion.V2_1)) {
                GetResponse got = h.one(v, h.a, get(uid)).payload(GetResponse.class);
                secrets.add(((SymmetricKey) got.object()).keyBlock().keyBytes());
            }
        }
        h.one(ProtocolVersion.V1_4, h.a, new AddAttributeRequest(Requests.uid(registeredUid),
                Attribute.text(Tag.OBJECT_GROUP, "after-get")));
        assertThat(secrets.get(1)).isEqualTo(registered);

        List<byte[]> journalFiles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir.resolve("journal"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                journalFiles.add(Files.readAllBytes(f));
            }
        }
        assertThat(journalFiles).isNotEmpty();
        for (byte[] secret : secrets) {
            List<byte[]> needles = List.of(secret,
                    HexFormat.of().formatHex(secret).getBytes(StandardCharsets.US_ASCII),
                    HexFormat.of().withUpperCase().formatHex(secret).getBytes(StandardCharsets.US_ASCII),
                    Base64.getEncoder().encodeToString(secret).getBytes(StandardCharsets.US_ASCII),
                    Base64.getEncoder().withoutPadding().encodeToString(secret).getBytes(StandardCharsets.US_ASCII));
            for (byte[] file : journalFiles) {
                for (byte[] needle : needles) {
                    assertThat(indexOf(file, needle)).as("key material found in a journal file").isEqualTo(-1);
                }
            }
        }
        assertThat(h.events()).hasSize(7);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
