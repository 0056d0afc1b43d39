package io.github.awesomedsl.maven.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the plugin writes every file (README, catalog source and JSON, reports, caches): only when the
 * bytes change, so no tool sees a touched file and nothing recompiles, and atomically, through a
 * temporary file in the same folder moved over the target, so an interrupted build never leaves half a
 * file. The target's permissions are kept.
 */
public final class AtomicFiles {

    private static final Set<PosixFilePermission> DEFAULT_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");

    /** Between the target's name and the random digits of its temporary file: {@code .README.md.awesome-123.tmp}. */
    private static final String TEMP_MARK = ".awesome-";

    /** Temporary files of ours older than this were left by a run that was killed, not by one still writing. */
    private static final Duration STALE = Duration.ofMinutes(1);

    private AtomicFiles() {}

    /**
     * Deletes temporary files an interrupted run left beside {@code name} (a kill skips every finally
     * block): ours, by their naming ({@code .NAME.awesome-DIGITS.tmp}, or {@code .NAMEDIGITS.tmp} of
     * earlier versions), and old enough that no other build is still writing them.
     */
    static void removeStaleTemporaries(Path dir, String name) throws IOException {
        Pattern ours =
                Pattern.compile("\\." + Pattern.quote(name) + "(?:" + Pattern.quote(TEMP_MARK) + ")?-?\\d+\\.tmp");
        FileTime before = FileTime.from(Instant.now().minus(STALE));
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "." + globEscape(name) + "*.tmp")) {
            for (Path entry : entries) {
                if (ours.matcher(entry.getFileName().toString()).matches()
                        && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS)
                                        .compareTo(before)
                                < 0) {
                    Files.deleteIfExists(entry);
                }
            }
        }
    }

    private static String globEscape(String name) {
        return name.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
    }

    /** Read-only for its owner (which root would otherwise ignore) or not writable for us. */
    private static boolean isReadOnly(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        return !Files.isWritable(file)
                || (posix != null && !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE));
    }

    /**
     * Writes {@code content} to {@code file} unless the file already holds exactly these bytes.
     *
     * @return whether the file was written
     */
    public static boolean writeIfChanged(Path file, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Path parent = file.toAbsolutePath().getParent();
        if (Files.isDirectory(parent)) {
            removeStaleTemporaries(parent, file.getFileName().toString());
        }
        if (Files.exists(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return false;
        }
        if (Files.exists(file) && isReadOnly(file)) {
            throw new AccessDeniedException(
                    file.toString(),
                    null,
                    "the file is read-only; make it writable (chmod u+w) or point the plugin's <readme> elsewhere");
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + file.getFileName() + TEMP_MARK, ".tmp");
        try {
            Files.write(temp, bytes);
            PosixFileAttributeView posix = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
            if (posix != null) {
                posix.setPermissions(Files.exists(file) ? Files.getPosixFilePermissions(file) : DEFAULT_PERMISSIONS);
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return true;
    }
}
