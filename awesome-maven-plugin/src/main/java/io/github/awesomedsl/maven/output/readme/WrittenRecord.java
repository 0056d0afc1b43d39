package io.github.awesomedsl.maven.output.readme;

import io.github.awesomedsl.maven.output.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What the plugin last wrote to (or found matching in) a README, as a SHA-256 under {@code target/awesome},
 * so that a later run can tell a README it may replace (its own, left stale by a change to the list) from
 * one edited by hand since, which it must not overwrite. awesome:import records the README it imported,
 * whose every URL and word the list holds.
 */
public final class WrittenRecord {

    private final Path file;

    /** The record of {@code readme}, kept in {@code reports} (one per README name). */
    public WrittenRecord(Path reports, Path readme) {
        this.file = reports.resolve(readme.getFileName() + ".sha256");
    }

    /** The hash recorded, if any. */
    public Optional<String> recorded() throws IOException {
        return Files.isRegularFile(file)
                ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
                : Optional.empty();
    }

    /** Records that the README now holds {@code content}. */
    public void record(String content) throws IOException {
        AtomicFiles.writeIfChanged(file, sha256(content) + "\n");
    }

    /** Whether {@code content} is what was recorded. */
    public boolean isRecorded(String content) throws IOException {
        return recorded().map(sha256(content)::equals).orElse(false);
    }

    public Path file() {
        return file;
    }

    public static String sha256(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
