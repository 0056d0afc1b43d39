package io.github.awesomedsl.maven.output.code;

import com.palantir.javapoet.JavaFile;
import io.github.awesomedsl.maven.output.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the generated catalog into its source folder, which the generator owns: the file is written
 * only when its bytes change (so the compiler does not recompile the module and its dependents), and
 * sources left over from an earlier catalog name are removed.
 */
public final class CatalogWriter {

    private CatalogWriter() {}

    /**
     * Writes {@code file} under {@code directory}.
     *
     * @return whether the file was written (false: it already held these bytes)
     */
    public static boolean write(CatalogSource file, Path directory) throws IOException {
        Path target = directory.resolve(file.packageName().replace('.', '/')).resolve(file.simpleName() + ".java");
        removeOthers(directory, target);
        return AtomicFiles.writeIfChanged(target, file.text());
    }

    /** Writes a JavaPoet source (the imported list's) like a catalog. */
    public static boolean write(JavaFile file, Path directory) throws IOException {
        return write(new CatalogSource(file.packageName(), file.typeSpec().name(), file.toString()), directory);
    }

    private static void removeOthers(Path directory, Path keep) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        List<Path> stale;
        try (Stream<Path> files = Files.walk(directory)) {
            stale = files.filter(f -> f.toString().endsWith(".java") && !f.equals(keep))
                    .toList();
        }
        for (Path file : stale) {
            Files.delete(file);
        }
    }
}
