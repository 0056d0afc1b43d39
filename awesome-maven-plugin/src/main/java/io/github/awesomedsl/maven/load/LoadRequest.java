package io.github.awesomedsl.maven.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ListLoader} needs to know.
 *
 * @param listClass fully qualified name of the class implementing {@code AwesomeListSource}
 * @param sourceRoots where the list's sources are ({@code src/main/java})
 * @param classpath the compile classpath of the project (jars and class folders)
 * @param release the {@code --release} to compile for, when the project sets one
 * @param workDirectory a folder the loader owns (it is emptied): compiled classes go there
 * @param baseDirectory the project's folder, to show source paths relative to it
 * @param projectClasses the project's own output folder ({@code target/classes}): when every source
 *     under the source roots has a class file there at least as new as itself (the project's build or
 *     the IDE compiled them since the last edit), the list is loaded from it and javac does not run
 */
public record LoadRequest(
        String listClass,
        List<Path> sourceRoots,
        List<Path> classpath,
        Optional<String> release,
        Path workDirectory,
        Path baseDirectory,
        Optional<Path> projectClasses) {

    public LoadRequest {
        Objects.requireNonNull(listClass, "listClass");
        sourceRoots = List.copyOf(sourceRoots);
        classpath = List.copyOf(classpath);
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(workDirectory, "workDirectory");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(projectClasses, "projectClasses");
    }
}
