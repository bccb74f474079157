package io.kmipserver.server.management;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpContent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChannelEventStreamTest {

    @Test
    void aChunkIsWrittenWhileTheClientKeepsUp() {
        EmbeddedChannel channel = new EmbeddedChannel();
        ManagementHttpHandler.ChannelEventStream stream = new ManagementHttpHandler.ChannelEventStream(channel);

        assertThat(stream.send(": heartbeat\n\n")).isTrue();

        HttpContent chunk = channel.readOutbound();
        assertThat(chunk.content().toString(StandardCharsets.UTF_8)).isEqualTo(": heartbeat\n\n");
        chunk.release();
    }

    @Test
    void aStreamWhoseClientFellBehindTheHighWaterMarkRefusesMoreAndBuffersNothing() {
        EmbeddedChannel channel = new EmbeddedChannel();
        ManagementHttpHandler.ChannelEventStream stream = new ManagementHttpHandler.ChannelEventStream(channel);
        // What the outbound buffer does when unsent bytes pass WRITE_BUFFER_WATER_MARK's high mark.
        channel.unsafe().outboundBuffer().setUserDefinedWritability(1, false);

        assertThat(stream.send("id: 1\nevent: audit\ndata: {}\n\n")).isFalse();

        assertThat((Object) channel.readOutbound()).isNull();
        channel.finishAndReleaseAll();
    }

    @Test
    void theServerBoundsTheBacklogOfEveryManagementConnection() {
        assertThat(ManagementServer.STREAM_BACKLOG_BYTES).isBetween(1 << 20, 16 << 20);
    }
}
