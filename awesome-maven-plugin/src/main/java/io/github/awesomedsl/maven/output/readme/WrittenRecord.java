package io.github.awesomedsl.maven.output.readme;

import io.github.awesomedsl.maven.output.AtomicFiles;
import io.github.awesomedsl.maven.output.ContentDigest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the plugin last wrote to (or found matching in) a README, as its {@link ContentDigest} under {@code
 * target/awesome}, so that a later run can tell a README it may replace (its own, left stale by a change to
 * the list) from one edited by hand since, which it must not overwrite. awesome:import records the README it
 * imported, whose every URL and word the list holds. A hand edit made to collide with the record on purpose
 * would only have the edit replaced by the rendering of the list, as {@code -Dawesome.discardEdits=true} does.
 */
public final class WrittenRecord {

    private final Path file;

    /** The record of {@code readme}, kept in {@code reports} (one per README name). */
    public WrittenRecord(Path reports, Path readme) {
        this.file = reports.resolve(readme.getFileName() + ".written");
    }

    /** The hash recorded, if any. */
    public Optional<String> recorded() throws IOException {
        return Files.isRegularFile(file)
                ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
                : Optional.empty();
    }

    /** Records that the README now holds {@code content}. */
    public void record(String content) throws IOException {
        AtomicFiles.writeIfChanged(file, digest(content) + "\n");
    }

    /** Whether {@code content} is what was recorded. */
    public boolean isRecorded(String content) throws IOException {
        return recorded().map(digest(content)::equals).orElse(false);
    }

    public Path file() {
        return file;
    }

    private static String digest(String content) {
        return ContentDigest.of(content.getBytes(StandardCharsets.UTF_8));
    }
}
