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

/** All built-in rules over a generated list of 10,000 and 100,000 entries (target: under 200 ms at 100,000). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dawesome.sourceLocations=false"})
public class ValidationBenchmark {

  @Param({"10000", "100000"})
  int entries;

  AwesomeList list;
  Validator validator;

  @Setup
  public void setUp() {
    list = GeneratedLists.of(entries);
    validator = Validator.withDefaultRules();
  }

  @Benchmark
  public ValidationReport validate() {
    return validator.validate(list);
  }
}
