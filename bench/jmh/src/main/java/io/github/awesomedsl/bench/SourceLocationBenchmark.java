package io.github.awesomedsl.bench;

import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.Link;
import io.github.awesomedsl.model.SourceLocation;
import io.github.awesomedsl.model.SourceLocations;
import io.github.awesomedsl.model.Venue;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What recording the source line of every DSL call costs: the capture alone, an entry declared through
 * the DSL (which captures), and the same entry built with the record's constructor (which does not).
 * The difference of the last two is the per-entry price of located diagnostics.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SourceLocationBenchmark {

    @Benchmark
    public SourceLocation captureOnly() {
        return SourceLocations.capture();
    }

    @Benchmark
    public SourceLocation throwableStackTraceForComparison() {
        StackTraceElement caller = new Throwable().getStackTrace()[1];
        return new SourceLocation(caller.getClassName(), caller.getFileName(), caller.getLineNumber());
    }

    @Benchmark
    public Entry entryThroughTheDsl() {
        return Entry.builder("MedCPT: zero-shot biomedical information retrieval")
                .venue(Venue.BIOINFORMATICS)
                .year(2023)
                .paper("https://academic.oup.com/bioinformatics/article-abstract/39/11/btad651/7335842")
                .code("https://github.com/ncbi/MedCPT")
                .build();
    }

    @Benchmark
    public Entry entryWithoutCapture() {
        return new Entry(
                Optional.empty(),
                "MedCPT: zero-shot biomedical information retrieval",
                Optional.empty(),
                Optional.of(Venue.BIOINFORMATICS),
                OptionalInt.of(2023),
                List.of(
                        Link.paper("https://academic.oup.com/bioinformatics/article-abstract/39/11/btad651/7335842"),
                        Link.code("https://github.com/ncbi/MedCPT")),
                List.of(),
                List.of(),
                SourceLocation.UNKNOWN);
    }
}
