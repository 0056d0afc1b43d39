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
 * @param compiledBy what produced the classes that ran: {@code "javac"} (compiled now),
 *     {@code "last compilation"} (sources unchanged since the plugin last compiled them) or
 *     {@code "project classes"} (the project's own up-to-date {@code target/classes})
 */
public record LoadedList(AwesomeList list, Path source, long compileMillis, long defineMillis, String compiledBy) {}
