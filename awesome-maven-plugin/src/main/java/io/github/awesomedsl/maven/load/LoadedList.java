package io.github.awesomedsl.maven.load;

import io.github.awesomedsl.model.AwesomeList;
import java.nio.file.Path;

/**
 * A loaded list and what loading it cost.
 *
 * @param list the model returned by {@code define()}
 * @param source the list class's source file
 * @param compileMillis time spent in javac
 * @param defineMillis time spent loading the class and running {@code define()}
 */
public record LoadedList(AwesomeList list, Path source, long compileMillis, long defineMillis) {}
