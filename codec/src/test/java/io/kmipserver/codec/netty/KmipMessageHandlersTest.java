package io.kmipserver.codec.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.codec.message.KmipMessages;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.message.RequestMessage;
import io.kmipserver.codec.message.ResponseBatchItem;
import io.kmipserver.codec.message.ResponseMessage;
import io.kmipserver.codec.netty.KmipFrameDecoder.FrameDecodeFailure;
import io.kmipserver.codec.payload.GetRequest;
import io.kmipserver.codec.payload.RevokeResponse;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.codec.ttlv.TtlvWriter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The message handlers behind {@link KmipFrameDecoder}, server and client side, in real pipelines. */
class KmipMessageHandlersTest {

    private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);

    @Test
    void aRequestFedOneByteAtATimeArrivesAsOneDecodedMessage() throws IOException {
        EmbeddedChannel server = serverChannel();
        byte[] get = vector("TC11-3.1.3.2a");
        for (byte b : get) {
            server.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
        }
        RequestMessage m = server.readInbound();
        assertThat(m.batchItems().get(0).operation()).isEqualTo(Operation.GET);
        assertThat(m.batchItems().get(0).payload(GetRequest.class).uniqueIdentifier().text())
                .isEqualTo("49a1ca88-6bea-4fb2-b450-7e58802c3038");
        assertThat((Object) server.readInbound()).isNull();
        assertThat(server.finishAndReleaseAll()).isFalse();
    }

    @Test
    void aWellFramedButInvalidRequestBecomesADecodeFailureAndTheConnectionStaysUsable() throws IOException {
        EmbeddedChannel server = serverChannel();
        TtlvItem broken = new TtlvItem.Structure(Tag.REQUEST_MESSAGE, new TtlvItem.Structure(Tag.REQUEST_HEADER,
                new TtlvItem.Structure(Tag.PROTOCOL_VERSION, new TtlvItem.IntegerItem(Tag.PROTOCOL_VERSION_MAJOR, 1),
                        new TtlvItem.IntegerItem(Tag.PROTOCOL_VERSION_MINOR, 4))));
        ByteBuf wire = Unpooled.buffer();
        TtlvWriter.encode(broken, wire);
        server.writeInbound(wire);
        DecodeFailure failure = server.readInbound();
        assertThat(failure.resultReason()).isEqualTo(ResultReason.INVALID_MESSAGE);
        assertThat(failure.partial().protocolVersion()).isEqualTo(ProtocolVersion.V1_4);
        assertThat(server.isOpen()).isTrue();

        server.writeInbound(Unpooled.wrappedBuffer(vector("TC11-3.1.3.2a")));
        assertThat((Object) server.readInbound()).isInstanceOf(RequestMessage.class);
        assertThat(server.finishAndReleaseAll()).isFalse();
    }

    @Test
    void aFramingFailurePassesThroughTheMessageDecoder() {
        EmbeddedChannel server = serverChannel();
        server.writeInbound(Unpooled.wrappedBuffer(HexFormat.of().parseHex("42007B0100000008")));
        assertThat((Object) server.readInbound()).isInstanceOf(FrameDecodeFailure.class);
        server.finishAndReleaseAll();
    }

    @Test
    void theServerEncoderWritesWhatTheCodecWritesAndTheClientDecodesIt() throws IOException {
        EmbeddedChannel server = serverChannel();
        ResponseMessage response = ResponseMessage.of(ProtocolVersion.V1_0, NOW, List.of(
                ResponseBatchItem.success(new byte[] {1}, new RevokeResponse("21d28b8a-06df-43c0-b72f-2a161633ada9"))));
        server.writeOutbound(response);
        ByteBuf written = server.readOutbound();
        ByteBuf expected = Unpooled.buffer();
        KmipMessages.encodeResponse(response, expected);
        assertThat(written).isEqualTo(expected);
        expected.release();

        EmbeddedChannel client = clientChannel();
        client.writeInbound(written);
        ResponseMessage received = client.readInbound();
        assertThat(received).isEqualTo(response);
        assertThat(server.finishAndReleaseAll()).isFalse();
        assertThat(client.finishAndReleaseAll()).isFalse();
    }

    @Test
    void theClientEncoderWritesARequestTheServerDecodesBack() throws IOException {
        RequestMessage request = KmipMessages.decodeRequest(Unpooled.wrappedBuffer(vector("UC10-4.1-step-6-client-b-get-symmetric-key-request")));
        EmbeddedChannel client = clientChannel();
        client.writeOutbound(request);
        ByteBuf written = client.readOutbound();
        assertThat(ByteBufBytes.of(written)).isEqualTo(vector("UC10-4.1-step-6-client-b-get-symmetric-key-request"));

        EmbeddedChannel server = serverChannel();
        server.writeInbound(Unpooled.wrappedBuffer(vector("UC10-4.1-step-6-client-b-get-symmetric-key-request")));
        assertThat((Object) server.readInbound()).isEqualTo(request);
        assertThat(client.finishAndReleaseAll()).isFalse();
        assertThat(server.finishAndReleaseAll()).isFalse();
    }

    @Test
    void theMessageHandlersAreSharable() {
        assertThat(new KmipRequestDecoder().isSharable()).isTrue();
        assertThat(new KmipResponseEncoder().isSharable()).isTrue();
        assertThat(new KmipResponseDecoder().isSharable()).isTrue();
        assertThat(new KmipRequestEncoder().isSharable()).isTrue();
    }

    private static EmbeddedChannel serverChannel() {
        return new EmbeddedChannel(KmipFrameDecoder.forRequests(), new KmipRequestDecoder(), new KmipResponseEncoder());
    }

    private static EmbeddedChannel clientChannel() {
        return new EmbeddedChannel(KmipFrameDecoder.forResponses(KmipFrameDecoder.DEFAULT_MAX_MESSAGE_SIZE),
                new KmipResponseDecoder(), new KmipRequestEncoder());
    }

    private static byte[] vector(String id) throws IOException {
        for (String line : Files.readAllLines(Path.of("src/test/resources/vectors/vectors.csv"))) {
            if (line.startsWith(id + ",")) {
                return HexFormat.of().parseHex(line.substring(line.lastIndexOf(',') + 1).trim());
            }
        }
        throw new IllegalArgumentException(id);
    }

    /** Reads a buffer's bytes and releases it. */
    private static final class ByteBufBytes {
        static byte[] of(ByteBuf buf) {
            byte[] out = new byte[buf.readableBytes()];
            buf.readBytes(out);
            buf.release();
            return out;
        }
    }
}
