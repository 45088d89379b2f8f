package io.contentlint.core.source;

import io.contentlint.bench.Corpus;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The binary-file test on every file of the corpus. In the core's package because the test is
 * package-private: the reader is its only caller.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BinarySniff {

    @Benchmark
    public void looksBinary(Corpus corpus, Blackhole out) {
        corpus.bytes.forEach((path, content) -> out.consume(BinaryContent.looksBinary(content)));
    }
}
