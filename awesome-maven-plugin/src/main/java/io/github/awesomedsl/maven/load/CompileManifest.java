package io.github.awesomedsl.maven.load;

import io.github.awesomedsl.maven.output.ContentDigest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the plugin's last compilation of the list was made of, so that the next one compiles only what
 * changed: the digest of its options and classpath, and for every source under the roots its content's
 * digest ({@link ContentDigest}) and, for the sources javac compiled, the digest of their API (what other
 * classes compile against) and the class files they gave. A content digest collision made on purpose could at
 * worst keep a stale class in a local build that compiled the older text; a clean checkout (CI) compiles all.
 *
 * <p>Stored as lines of tab-separated fields, {@code setup} then one {@code source} line per file:
 * {@code source <root>:<path> <content digest> <api digest or -> <class files, space-separated>}.
 */
final class CompileManifest {

    /** One source file as the last compilation saw it. */
    record Source(String content, Optional<String> api, List<String> classFiles) {

        /** Whether javac compiled it last time (the list used it). */
        boolean compiled() {
            return api.isPresent();
        }
    }

    private final String setup;
    private final Map<String, Source> sources;

    CompileManifest(String setup, Map<String, Source> sources) {
        this.setup = setup;
        this.sources = Map.copyOf(sources);
    }

    String setup() {
        return setup;
    }

    Map<String, Source> sources() {
        return sources;
    }

    /** The manifest in {@code file}, or empty when there is none or it cannot be read as one. */
    static Optional<CompileManifest> read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).startsWith("setup\t")) {
                return Optional.empty();
            }
            Map<String, Source> sources = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split("\t", -1);
                if (fields.length != 5 || !fields[0].equals("source")) {
                    return Optional.empty();
                }
                sources.put(
                        fields[1],
                        new Source(
                                fields[2],
                                fields[3].equals("-") ? Optional.empty() : Optional.of(fields[3]),
                                fields[4].isEmpty() ? List.of() : List.of(fields[4].split(" "))));
            }
            return Optional.of(new CompileManifest(lines.get(0).substring("setup\t".length()), sources));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable: the compilation is done in full, and the manifest rewritten
        }
    }

    void write(Path file) throws IOException {
        StringBuilder out = new StringBuilder("setup\t").append(setup).append('\n');
        sources.keySet().stream().sorted().forEach(key -> {
            Source source = sources.get(key);
            out.append("source\t")
                    .append(key)
                    .append('\t')
                    .append(source.content())
                    .append('\t')
                    .append(source.api().orElse("-"))
                    .append('\t')
                    .append(String.join(" ", source.classFiles()))
                    .append('\n');
        });
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, out, StandardCharsets.UTF_8);
        Files.move(
                temporary,
                file,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Every {@code .java} file under the roots by its key ({@code <root index>:<path>}), with its content's
     * digest; a path holding a tab or a line break cannot be a key (such a tree is compiled in full).
     */
    static Map<String, String> contents(List<Path> roots) throws IOException {
        Map<String, String> contents = new LinkedHashMap<>();
        for (int r = 0; r < roots.size(); r++) {
            Path root = roots.get(r);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f))
                        .sorted()
                        .toList()) {
                    contents.put(key(r, root.relativize(file)), ContentDigest.of(Files.readAllBytes(file)));
                }
            }
        }
        return contents;
    }

    /** {@code 0:com/example/Tools.java}; throws for a path no manifest line can hold. */
    static String key(int root, Path relative) {
        String path = relative.toString().replace('\\', '/');
        if (path.indexOf('\t') >= 0 || path.indexOf('\n') >= 0 || path.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a source path with a tab or a line break: " + path);
        }
        return root + ":" + path;
    }

    /** The file a key names. */
    static Path file(String key, List<Path> roots) {
        int colon = key.indexOf(':');
        return roots.get(Integer.parseInt(key.substring(0, colon))).resolve(key.substring(colon + 1));
    }

    /** The SHA-256 of {@code bytes}, in hex. */
    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static String digest(String text) {
        return digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /** What changed since this manifest, given the sources' digests now. */
    Changes changes(Map<String, String> now) {
        List<String> edited = new ArrayList<>();
        boolean structural = false;
        for (Map.Entry<String, Source> last : sources.entrySet()) {
            String content = now.get(last.getKey());
            if (content == null) {
                structural |= last.getValue().compiled(); // a used source deleted: its classes and users go
            } else if (!content.equals(last.getValue().content())
                    && last.getValue().compiled()) {
                edited.add(last.getKey());
            }
        }
        for (String key : now.keySet()) {
            // a new file may be found through -sourcepath where another type was (a class in the list's package
            // shadows one imported on demand): the compilation is redone in full
            structural |= !sources.containsKey(key);
        }
        return new Changes(edited, structural);
    }

    /**
     * The sources javac compiled last time whose content changed, and whether the tree changed otherwise
     * (a file added, or a compiled one deleted), which only a full compilation handles surely.
     */
    record Changes(List<String> edited, boolean structural) {}
}
