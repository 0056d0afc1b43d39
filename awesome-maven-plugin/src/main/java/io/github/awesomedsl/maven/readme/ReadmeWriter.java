package io.github.awesomedsl.maven.readme;

import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.render.MarkdownRenderer;
import io.github.awesomedsl.render.MarkerException;
import io.github.awesomedsl.render.MarkerSplicer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what a README must contain and writes it safely.
 *
 * <p>Writes happen only when the bytes change (so no tool sees a touched file), and atomically: the new
 * content goes to a temporary file in the same folder, which then replaces the README in one move, so
 * an interrupted build never leaves half a README.
 */
public final class ReadmeWriter {

  private static final Set<PosixFilePermission> DEFAULT_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");

  private ReadmeWriter() {}

  /**
   * The README's intended content: the whole rendering, or (with {@code markers}) the existing README
   * with the rendered body between its markers.
   *
   * @throws MarkerException when markers are asked for and the README's are missing or broken
   * @throws IOException when markers are asked for and the README cannot be read
   */
  public static String expectedContent(AwesomeList list, MarkdownRenderer renderer, Path readme, boolean markers)
      throws IOException {
    if (!markers) {
      return renderer.render(list);
    }
    if (!Files.exists(readme)) {
      throw new MarkerException("Markers mode is on but " + readme + " does not exist. Create it with a "
          + MarkerSplicer.BEGIN + " line and an " + MarkerSplicer.END + " line where the list goes, or turn markers off.");
    }
    return MarkerSplicer.splice(Files.readString(readme, StandardCharsets.UTF_8), renderer.renderBody(list));
  }

  /** The README's current content, if it exists. */
  public static Optional<String> read(Path readme) throws IOException {
    return Files.exists(readme) ? Optional.of(Files.readString(readme, StandardCharsets.UTF_8)) : Optional.empty();
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
    if (Files.exists(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
      return false;
    }
    if (Files.exists(file) && isReadOnly(file)) {
      throw new AccessDeniedException(file.toString(), null,
          "the file is read-only; make it writable (chmod u+w) or point the plugin's <readme> elsewhere");
    }
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
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
