package io.github.awesomedsl.maven.output.readme;

import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.render.MarkdownRenderer;
import io.github.awesomedsl.render.MarkerException;
import io.github.awesomedsl.render.MarkerSplicer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Decides what a README must contain (written with {@link io.github.awesomedsl.maven.output.AtomicFiles}). */
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
            throw new MarkerException(
                    "Markers mode is on but " + readme + " does not exist. Create it with a " + MarkerSplicer.BEGIN
                            + " line and an " + MarkerSplicer.END + " line where the list goes, or turn markers off.");
        }
        return MarkerSplicer.splice(Files.readString(readme, StandardCharsets.UTF_8), renderer.renderBody(list));
    }

    /** The README's current content, if it exists. */
    public static Optional<String> read(Path readme) throws IOException {
        return Files.exists(readme) ? Optional.of(Files.readString(readme, StandardCharsets.UTF_8)) : Optional.empty();
    }

    /**
     * The title of the element of {@code read} (a list read from a README) that stands at or last before
     * {@code line}: an item, or a section's heading; {@code null} when nothing does.
     */
    public static String titleAt(io.github.awesomedsl.model.AwesomeList read, int line) {
        String[] best = {null};
        int[] bestLine = {0};
        java.util.function.BiConsumer<String, Integer> consider = (title, at) -> {
            if (at <= line && at >= bestLine[0]) {
                best[0] = title;
                bestLine[0] = at;
            }
        };
        java.util.Deque<io.github.awesomedsl.model.Section> sections = new java.util.ArrayDeque<>(read.sections());
        while (!sections.isEmpty()) {
            io.github.awesomedsl.model.Section section = sections.pop();
            consider.accept(section.title(), section.location().line());
            for (io.github.awesomedsl.model.Item item : section.allItems()) {
                consider.accept(item.title(), item.location().line());
            }
            sections.addAll(section.subsections());
        }
        return best[0];
    }

    /** Where the list declares the item or section titled {@code title}. */
    public static Optional<io.github.awesomedsl.model.SourceLocation> locationOf(
            io.github.awesomedsl.model.AwesomeList list, String title) {
        java.util.Deque<io.github.awesomedsl.model.Section> sections = new java.util.ArrayDeque<>(list.sections());
        while (!sections.isEmpty()) {
            io.github.awesomedsl.model.Section section = sections.pop();
            if (section.title().equals(title)) {
                return Optional.of(section.location());
            }
            for (io.github.awesomedsl.model.Item item : section.allItems()) {
                if (item.title().equals(title)) {
                    return Optional.of(item.location());
                }
            }
            sections.addAll(section.subsections());
        }
        return Optional.empty();
    }
}
