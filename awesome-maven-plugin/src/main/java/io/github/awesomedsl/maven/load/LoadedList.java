package io.github.awesomedsl.maven.load;

import io.github.awesomedsl.model.AwesomeList;
import java.nio.file.Path;

/**
 * A loaded list and what loading it cost.
 *
 * @param list the model returned by {@code define()}
 * @param source the list class's source file
 * @param compileMillis time spent in javac (with the start of the JVM it runs in), not in deciding what to compile
 * @param defineMillis time spent loading the class and running {@code define()}
 * @param compiledBy what produced the classes that ran
 */
public record LoadedList(AwesomeList list, Path source, long compileMillis, long defineMillis, Classes compiledBy) {

    /** Where the classes that ran come from. */
    public enum Classes {
        /** Compiled now. */
        JAVAC("javac"),
        /** Compiled now, only the sources edited since the plugin's last compilation. */
        INCREMENTAL("javac on the edited sources"),
        /** The plugin's last compilation: the sources, classpath and options are unchanged since. */
        LAST_COMPILATION("last compilation"),
        /** The project's own {@code target/classes}, newer than every source. */
        PROJECT("project classes");

        private final String label;

        Classes(String label) {
            this.label = label;
        }

        /** As the summary line says it. */
        public String label() {
            return label;
        }
    }
}
