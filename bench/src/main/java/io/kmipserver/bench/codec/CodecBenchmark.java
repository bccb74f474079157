package io.kmipserver.bench.codec;

import io.kmipserver.codec.message.KmipMessages;
import io.kmipserver.codec.message.RequestMessage;
import io.kmipserver.codec.message.ResponseMessage;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.codec.ttlv.TtlvReader;
import io.kmipserver.codec.ttlv.TtlvWriter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.PooledByteBufAllocator;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decode and encode of the {@link SampleMessages}, through the typed message model
 * ({@link KmipMessages}: what the server pays per request and response) and through the generic
 * item tree ({@link TtlvReader#decode}, {@link TtlvWriter#encode}: the path of diagnostics and
 * unknown fields, and the floor the typed model is compared against).
 *
 * <p>Buffers are pooled direct buffers, as on the server's channels; decode rewinds the buffer
 * rather than taking a duplicate, so that only the codec's own allocations are counted. The setup
 * checks that each sample re-encodes to its own bytes, so the numbers are those of a faithful codec.
 *
 * <p>One difference from the server remains: Netty decodes a string from a direct buffer through a
 * thread-local scratch array only on its own {@code FastThreadLocalThread}s (the event loops); on a
 * JMH thread it allocates a temporary array instead, 16 + length bytes per Text String (56 B for a
 * 36-character identifier). The event loop does not pay this.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {
    // The parent pom's jvm.opens, which every JVM of this project runs with.
    "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-exports=jdk.unsupported/sun.misc=ALL-UNNAMED"})
@State(Scope.Thread)
public class CodecBenchmark {

    /** Which representation a message is decoded into and encoded from. */
    public enum Model {
        /** RequestMessage / ResponseMessage records, through {@link KmipMessages}. */
        TYPED,
        /** The generic {@link TtlvItem} tree. */
        TREE
    }

    @Param
    public SampleMessages message;

    @Param
    public Model model;

    private ByteBuf wire;
    private ByteBuf out;
    private Object decoded;

    @Setup(Level.Trial)
    public void setUp() {
        byte[] bytes = message.bytes();
        wire = PooledByteBufAllocator.DEFAULT.directBuffer(bytes.length).writeBytes(bytes);
        out = PooledByteBufAllocator.DEFAULT.directBuffer(bytes.length);
        decoded = decode();
        if (wire.isReadable()) {
            throw new IllegalStateException(message + " was not read to its end");
        }
        encode();
        if (!Arrays.equals(ByteBufUtil.getBytes(out), bytes)) {
            throw new IllegalStateException(message + " does not re-encode to its own bytes (" + model + ")");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        wire.release();
        out.release();
    }

    @Benchmark
    public Object decode() {
        wire.readerIndex(0);
        if (model == Model.TREE) {
            return TtlvReader.decode(wire);
        }
        return message.isRequest() ? KmipMessages.decodeRequest(wire) : KmipMessages.decodeResponse(wire);
    }

    @Benchmark
    public int encode() {
        out.clear();
        if (decoded instanceof TtlvItem tree) {
            TtlvWriter.encode(tree, out);
        } else if (decoded instanceof RequestMessage request) {
            KmipMessages.encodeRequest(request, out);
        } else {
            KmipMessages.encodeResponse((ResponseMessage) decoded, out);
        }
        return out.writerIndex();
    }
}
