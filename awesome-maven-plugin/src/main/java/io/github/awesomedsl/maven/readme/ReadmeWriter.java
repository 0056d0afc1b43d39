package io.github.awesomedsl.maven.readme;

import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.render.MarkdownRenderer;
import io.github.awesomedsl.render.MarkerException;
import io.github.awesomedsl.render.MarkerSplicer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Decides what a README must contain (written with {@link io.github.awesomedsl.maven.files.AtomicFiles}). */
public final class ReadmeWriter {

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

}
