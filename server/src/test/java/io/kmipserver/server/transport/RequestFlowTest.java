package io.kmipserver.server.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.message.ResponseMessage;
import io.kmipserver.server.runtime.JournalConnectionAuditor;
import io.kmipserver.server.testing.KmipTestClient;
import io.kmipserver.server.testing.TestNode;
import io.kmipserver.server.testing.TestProcessor;
import io.netty.channel.Channel;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How requests move through a connection: one at a time and in order, reading paused while one is
 * in flight, bounded waits for slow and idle clients, a connection limit, and a stop that answers
 * what is in flight before it closes.
 */
class RequestFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private TestNode node;

    @AfterEach
    void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void requestsOfOneConnectionAreAnsweredOneAtATimeInOrderWhileReadingPauses() throws Exception {
        node = TestNode.start(dir);
        node.processor.hold();
        try (KmipTestClient c = node.connect(node.client())) {
            List<ProtocolVersion> versions = List.of(ProtocolVersion.V1_1, ProtocolVersion.V1_4, ProtocolVersion.V2_1);
            for (ProtocolVersion v : versions) {
                c.send(TestProcessor.discoverVersions(v));
            }
            assertThat(node.processor.awaitEntered(WAIT.toMillis())).isTrue();
            Channel connection = node.server.channels().iterator().next();
            // The first message is in flight; the two sent behind it make the connection stop reading.
            await(() -> !connection.config().isAutoRead());
            assertThat(node.server.inFlightRequests()).isEqualTo(1);

            node.processor.release(3);
            for (ProtocolVersion v : versions) {
                assertThat(c.receive().protocolVersion()).isEqualTo(v);
            }
            assertThat(node.processor.maxConcurrent()).isEqualTo(1);
            await(() -> connection.config().isAutoRead());
            assertThat(node.server.inFlightRequests()).isZero();
        }
    }

    @Test
    void aClientThatWaitsForEachAnswerIsReadWithoutPausing() throws Exception {
        node = TestNode.start(dir);
        node.processor.hold();
        try (KmipTestClient c = node.connect(node.client())) {
            c.send(TestProcessor.discoverVersions(ProtocolVersion.V1_4));
            assertThat(node.processor.awaitEntered(WAIT.toMillis())).isTrue();
            Channel connection = node.server.channels().iterator().next();
            assertThat(connection.config().isAutoRead()).as("reading while its only request is in flight").isTrue();
            node.processor.release(1);
            assertThat(c.receive().protocolVersion()).isEqualTo(ProtocolVersion.V1_4);
            assertThat(connection.config().isAutoRead()).isTrue();
        }
    }

    @Test
    void nioTransportServesLikeEpoll() throws Exception {
        node = TestNode.start(dir, Map.of("kmip.native-transport", "false"));
        assertThat(node.server.nativeTransport()).isFalse();
        try (KmipTestClient c = node.connect(node.client())) {
            assertThat(c.call(TestProcessor.discoverVersions(ProtocolVersion.V1_4)).batchItems().get(0).isSuccess())
                    .isTrue();
        }
    }

    @Test
    void requestsOfDifferentConnectionsRunInParallel() throws Exception {
        node = TestNode.start(dir, Map.of("kmip.worker-threads", "2"));
        node.processor.hold();
        try (KmipTestClient a = node.connect(node.client()); KmipTestClient b = node.connect(node.client())) {
            a.send(TestProcessor.discoverVersions(ProtocolVersion.V1_1));
            b.send(TestProcessor.discoverVersions(ProtocolVersion.V1_2));
            assertThat(node.processor.awaitEntered(2, WAIT.toMillis())).isTrue();
            assertThat(node.server.inFlightRequests()).isEqualTo(2);
            node.processor.release(2);
            assertThat(a.receive().protocolVersion()).isEqualTo(ProtocolVersion.V1_1);
            assertThat(b.receive().protocolVersion()).isEqualTo(ProtocolVersion.V1_2);
        }
        assertThat(node.processor.maxConcurrent()).isEqualTo(2);
    }

    @Test
    void closeAnswersTheRequestInFlightBeforeItStops() throws Exception {
        node = TestNode.start(dir);
        node.processor.hold();
        try (KmipTestClient c = node.connect(node.client())) {
            c.send(TestProcessor.discoverVersions(ProtocolVersion.V1_3));
            assertThat(node.processor.awaitEntered(WAIT.toMillis())).isTrue();

            CompletableFuture<Void> closing = CompletableFuture.runAsync(node.server::close);
            await(() -> !canConnect());
            Thread.sleep(200);
            assertThat(closing).as("close waits for the request in flight").isNotDone();

            node.processor.release(1);
            ResponseMessage answer = c.receive();
            assertThat(answer.protocolVersion()).isEqualTo(ProtocolVersion.V1_3);
            closing.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(c.awaitClosedByServer(WAIT)).isTrue();
        }
    }

    @Test
    void connectionsBeyondTheMaximumAreClosedBeforeTheHandshake() throws Exception {
        node = TestNode.start(dir, Map.of("kmip.max-connections", "1"));
        try (KmipTestClient first = node.connect(node.client())) {
            assertThatThrownBy(() -> node.connect(node.client()).close()).isInstanceOf(IOException.class);
            assertThat(node.server.refusedConnections()).isEqualTo(1);
            assertThat(first.call(TestProcessor.discoverVersions(ProtocolVersion.V1_4)).batchItems().get(0).isSuccess())
                    .isTrue();
        }
        await(() -> node.server.openConnections() == 0);
        try (KmipTestClient again = node.connect(node.client())) {
            assertThat(again.call(TestProcessor.discoverVersions(ProtocolVersion.V1_4)).batchItems().get(0).isSuccess())
                    .isTrue();
        }
    }

    @Test
    void messageThatStopsHalfWayIsRejectedAfterTheReadTimeout() throws Exception {
        node = TestNode.start(dir, Map.of("kmip.read-timeout", "PT2S"));
        try (KmipTestClient c = node.connect(node.client())) {
            // The header of a 40-byte Request Message and 8 bytes of its body, then nothing.
            c.sendRaw(new byte[] {0x42, 0x00, 0x78, 0x01, 0x00, 0x00, 0x00, 0x20,
                0x42, 0x00, 0x77, 0x01, 0x00, 0x00, 0x00, 0x18});
            long start = System.nanoTime();
            assertThat(c.awaitClosedByServer(Duration.ofSeconds(8))).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(1500));
        }
        List<AuditEvent> invalid = node.journal.await(JournalConnectionAuditor.INVALID_ACTION, 1, WAIT);
        assertThat(invalid).hasSize(1);
        assertThat(invalid.get(0).reason().message()).startsWith("incomplete message");
        assertThat(node.processor.sessions()).isEmpty();
    }

    @Test
    void idleConnectionIsClosedWithoutAnEvent() throws Exception {
        node = TestNode.start(dir, Map.of("kmip.idle-timeout", "PT1S"));
        try (KmipTestClient c = node.connect(node.client())) {
            assertThat(c.call(TestProcessor.discoverVersions(ProtocolVersion.V1_4)).batchItems().get(0).isSuccess())
                    .isTrue();
            assertThat(c.awaitClosedByServer(Duration.ofSeconds(6))).isTrue();
        }
        assertThat(node.journal.events()).isEmpty();
    }

    @Test
    void slowRequestIsNotClosedAsIdle() throws Exception {
        node = TestNode.start(dir, Map.of("kmip.idle-timeout", "PT1S"));
        node.processor.hold();
        try (KmipTestClient c = node.connect(node.client())) {
            c.send(TestProcessor.discoverVersions(ProtocolVersion.V1_4));
            assertThat(node.processor.awaitEntered(WAIT.toMillis())).isTrue();
            Thread.sleep(2_500);
            node.processor.release(1);
            assertThat(c.receive().batchItems().get(0).isSuccess()).isTrue();
        }
    }

    private boolean canConnect() {
        try (Socket probe = new Socket()) {
            probe.connect(node.address(), 1_000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + WAIT);
            }
            Thread.sleep(10);
        }
    }
}
