package io.github.awesomedsl.bench;

import io.github.awesomedsl.maven.markdown.LintFinding;
import io.github.awesomedsl.maven.markdown.MarkdownLint;
import io.github.awesomedsl.maven.markdown.MarkdownListReader;
import io.github.awesomedsl.maven.output.code.CatalogGenerator;
import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.render.MarkdownRenderer;
import io.github.awesomedsl.validate.ValidationReport;
import io.github.awesomedsl.validate.Validator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every stage of the pipeline on generated lists of 1,000, 10,000 and 100,000 entries: building the list
 * through the DSL (source lines recorded), validating it, rendering it, reading its README back (the
 * import's reader), linting that README, and generating the catalog's source.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class PipelineBenchmark {

    @Param({"1000", "10000", "100000"})
    int entries;

    AwesomeList list;
    String readme;
    Validator validator;
    MarkdownRenderer renderer;

    @Setup
    public void setUp() {
        list = GeneratedLists.of(entries);
        validator = Validator.withDefaultRules();
        renderer = MarkdownRenderer.create();
        readme = renderer.render(list);
    }

    @Benchmark
    public AwesomeList build() {
        return GeneratedLists.of(entries);
    }

    @Benchmark
    public ValidationReport validate() {
        return validator.validate(list);
    }

    @Benchmark
    public String render() {
        return renderer.render(list);
    }

    @Benchmark
    public AwesomeList importRead() {
        return new MarkdownListReader("README.md").read(readme);
    }

    @Benchmark
    public List<LintFinding> lint() {
        return new MarkdownLint(validator).lint("README.md", readme);
    }

    @Benchmark
    public String codegen() {
        return new CatalogGenerator("bench", "BenchCatalog", "bench.BenchList")
                .generate(list)
                .toString();
    }
}
