package io.github.awesomedsl.maven.output.code;

import io.github.awesomedsl.dsl.AwesomeListSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/** Compiles generated sources in-process against awesome-dsl, as a list project's build would. */
public final class Javac {

    private Javac() {}

    /** Compiles every {@code .java} file under {@code sources} into {@code classes}; returns javac's output on failure. */
    public static String compile(Path sources, Path classes) throws IOException {
        List<String> args = new ArrayList<>(List.of(
                "-d",
                classes.toString(),
                "-cp",
                dslClasses(),
                "-proc:none",
                "-g:none",
                "-encoding",
                "UTF-8",
                "-Xlint:none",
                "-nowarn"));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
        }
        Files.createDirectories(classes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler().run(null, out, out, args.toArray(String[]::new));
        return status == 0 ? "" : "javac exited " + status + ":\n" + out.toString(StandardCharsets.UTF_8);
    }

    private static String dslClasses() {
        try {
            return Path.of(AwesomeListSource.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
