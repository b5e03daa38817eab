package shop.atp.bench;

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
import org.openjdk.jmh.annotations.Warmup;
import shop.atp.domain.Analysis;
import shop.atp.domain.Finding;
import shop.atp.domain.Policy;
import shop.atp.domain.Shop;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The allocation core in memory: quantities, FIFO allocation and per-SKU pictures
 * ({@code Analysis.of}), and the same plus the findings of {@code check}. The shop is
 * generated once per fork by {@link ShopGenerator} (seed 42), so no parsing is measured.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar -p orderLines=1000000}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class AnalysisBenchmark {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    @Param({"100000", "1000000"})
    public int orderLines;

    private Shop shop;
    private Policy policy;

    @Setup(Level.Trial)
    public void setUp() {
        shop = ShopBuilderSink.generate(orderLines, 42L);
        policy = Policy.defaults();
    }

    @Benchmark
    public Analysis analysis() {
        return Analysis.of(shop, policy, AS_OF);
    }

    @Benchmark
    public List<Finding> analysisAndFindings() {
        return Analysis.of(shop, policy, AS_OF).findings();
    }
}
