package io.kmipserver.bench.codec;

import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.codec.ttlv.TtlvReader;
import io.kmipserver.codec.ttlv.TtlvWriter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
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
 * Decode and encode of the sample messages through the generic TTLV item tree
 * ({@link TtlvReader#decode}, {@link TtlvWriter#encode}): the floor the typed message model is
 * compared against, and the cost of the path that diagnostics and unknown fields take.
 *
 * <p>Buffers are pooled direct buffers, as on the server's channels.
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
public class TtlvTreeBenchmark {

    @Param
    public SampleMessages message;

    private ByteBuf wire;
    private ByteBuf out;
    private TtlvItem tree;

    @Setup(Level.Trial)
    public void setUp() {
        byte[] bytes = message.bytes();
        wire = PooledByteBufAllocator.DEFAULT.directBuffer(bytes.length).writeBytes(bytes);
        out = PooledByteBufAllocator.DEFAULT.directBuffer(bytes.length);
        tree = TtlvReader.decode(wire.duplicate());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        wire.release();
        out.release();
    }

    @Benchmark
    public TtlvItem decode() {
        wire.readerIndex(0);
        return TtlvReader.decode(wire);
    }

    @Benchmark
    public int encode() {
        out.clear();
        TtlvWriter.encode(tree, out);
        return out.writerIndex();
    }
}
