package io.github.awesomedsl.bench;

import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.validate.ValidationReport;
import io.github.awesomedsl.validate.Validator;
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
 * All built-in rules over a generated list of 10,000 and 100,000 entries (target: under 200 ms at 100,000,
 * and linear growth from 10,000).
 *
 * <p>{@code lists=same} validates one list at every operation, as the acceptance figure does; a 10,000-entry
 * model (about 10 MB) then stays in the processor's caches from one operation to the next, a 100,000-entry
 * one does not. {@code lists=rotating} validates distinct lists in turn, 200,000 entries in all, so that no
 * list is in cache when it is validated, whatever its size: that compares the work at both sizes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g", "-Dawesome.sourceLocations=false"})
public class ValidationBenchmark {

    @Param({"10000", "100000"})
    int entries;

    @Param({"same", "rotating"})
    String lists;

    AwesomeList[] all;
    int next;
    Validator validator;

    @Setup
    public void setUp() {
        all = new AwesomeList[lists.equals("same") ? 1 : Math.max(2, 200_000 / entries)];
        for (int i = 0; i < all.length; i++) {
            all[i] = GeneratedLists.of(entries);
        }
        validator = Validator.withDefaultRules();
    }

    @Benchmark
    public ValidationReport validate() {
        AwesomeList list = all[next];
        next = next + 1 == all.length ? 0 : next + 1;
        return validator.validate(list);
    }
}
