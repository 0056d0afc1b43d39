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
import java.util.stream.Stream;

/**
 * A digest of everything a compilation of the list class depends on: the javac options, the content of
 * every {@code .java} file under the source roots (a superset of what {@code -sourcepath} may pull in),
 * and each classpath entry's path, size and modification time (for a folder, those of its files).
 */
final class CompileFingerprint {

    private CompileFingerprint() {}

    static String of(List<String> options, List<Path> sourceRoots, List<Path> classpath) throws IOException {
        MessageDigest digest = sha256();
        update(digest, "options");
        options.forEach(option -> update(digest, option));
        update(digest, "sources");
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
