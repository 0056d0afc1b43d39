package io.github.awesomedsl.maven.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A digest of everything a compilation of the list class depends on: the javac options and each classpath
 * entry's path, size and modification time (for a folder, those of its files), which is the
 * {@linkplain #setup setup}, and the content of every {@code .java} file under the source roots (a superset
 * of what {@code -sourcepath} may pull in).
 */
final class CompileFingerprint {

    private CompileFingerprint() {}

    /** The digest of the options and the classpath: what every source is compiled with. */
    static String setup(List<String> options, List<Path> classpath) throws IOException {
        MessageDigest digest = sha256();
        update(digest, "options");
        options.forEach(option -> update(digest, option));
        update(digest, "classpath");
        for (Path entry : classpath) {
            update(digest, entry.toString());
            if (Files.isDirectory(entry)) {
                try (Stream<Path> files = Files.walk(entry)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        stamp(digest, entry.relativize(file).toString(), file);
                    }
                }
            } else if (Files.exists(entry)) {
                stamp(digest, "", entry);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The fingerprint of {@code setup} and the sources under the roots: from {@code contents}, the sources'
     * digests by manifest key ({@link CompileManifest#contents}), which were read once for both; or, when
     * the tree has a path no manifest can hold ({@code contents} null), from the files themselves.
     */
    static String of(String setup, List<Path> sourceRoots, Map<String, String> contents) throws IOException {
        MessageDigest digest = sha256();
        update(digest, setup);
        update(digest, "sources");
        if (contents != null) {
            contents.forEach((key, content) -> {
                update(digest, key);
                update(digest, content);
            });
            return HexFormat.of().formatHex(digest.digest());
        }
        update(digest, "files");
        for (Path root : sourceRoots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                            .sorted()
                            .toList()) {
                        update(digest, root.relativize(file).toString());
                        digest.update(Files.readAllBytes(file));
                    }
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void stamp(MessageDigest digest, String name, Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        update(
                digest,
                name
                        + ' '
                        + attributes.size()
                        + ' '
                        + attributes.lastModifiedTime().toMillis());
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
