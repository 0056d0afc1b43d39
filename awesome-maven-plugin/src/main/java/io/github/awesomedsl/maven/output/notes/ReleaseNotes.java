package io.github.awesomedsl.maven.output.notes;

import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.Item;
import io.github.awesomedsl.model.LinkItem;
import io.github.awesomedsl.model.Section;
import io.github.awesomedsl.render.MarkdownWriter;
import io.github.awesomedsl.urls.CanonicalUrl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What changed in a list between two versions, as release notes: entries added, removed, and moved to
 * another section. An entry is known by its main link's canonical URL (else by its title), so an entry whose
 * description was reworded is neither added nor removed.
 */
public final class ReleaseNotes {

    /** An entry of one version: its title, the section it is in, its main link. */
    public record Listed(String title, String section, Optional<String> url) {}

    /** The changes: each list in the order of the version that has the entry. */
    public record Changes(List<Listed> added, List<Listed> removed, List<Listed[]> moved) {
        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty() && moved.isEmpty();
        }
    }

    private ReleaseNotes() {}

    public static Changes between(AwesomeList before, AwesomeList after) {
        Map<String, Listed> old = index(before);
        Map<String, Listed> now = index(after);
        List<Listed> added = new ArrayList<>();
        List<Listed[]> moved = new ArrayList<>();
        for (Map.Entry<String, Listed> entry : now.entrySet()) {
            Listed was = old.get(entry.getKey());
            if (was == null) {
                added.add(entry.getValue());
            } else if (!was.section().equals(entry.getValue().section())) {
                moved.add(new Listed[] {was, entry.getValue()});
            }
        }
        List<Listed> removed = new ArrayList<>();
        for (Map.Entry<String, Listed> entry : old.entrySet()) {
            if (!now.containsKey(entry.getKey())) {
                removed.add(entry.getValue());
            }
        }
        return new Changes(added, removed, moved);
    }

    /** The notes as Markdown; every title and section goes through the renderer's escaping. */
    public static String markdown(String since, Changes changes) {
        StringBuilder out =
                new StringBuilder("## Changes since ").append(text(since)).append("\n\n");
        if (changes.isEmpty()) {
            return out.append("No entry was added, removed or moved.\n").toString();
        }
        section(out, "Added", changes.added());
        section(out, "Removed", changes.removed());
        if (!changes.moved().isEmpty()) {
            out.append("### Moved\n\n");
            for (Listed[] move : changes.moved()) {
                out.append("- ")
                        .append(line(move[1]))
                        .append(": from ")
                        .append(text(move[0].section()))
                        .append(" to ")
                        .append(text(move[1].section()))
                        .append('\n');
            }
            out.append('\n');
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static void section(StringBuilder out, String heading, List<Listed> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append("### ").append(heading).append(" (").append(items.size()).append(")\n\n");
        for (Listed item : items) {
            out.append("- ")
                    .append(line(item))
                    .append(" (")
                    .append(text(item.section()))
                    .append(")\n");
        }
        out.append('\n');
    }

    private static String line(Listed item) {
        MarkdownWriter w = new MarkdownWriter();
        if (item.url().isPresent()) {
            w.link(item.title(), item.url().get(), MarkdownWriter.Context.TEXT);
        } else {
            w.text(item.title(), MarkdownWriter.Context.TEXT);
        }
        return w.toString();
    }

    private static String text(String text) {
        return new MarkdownWriter().text(text, MarkdownWriter.Context.TEXT).toString();
    }

    private static Map<String, Listed> index(AwesomeList list) {
        Map<String, Listed> byKey = new LinkedHashMap<>();
        for (Section section : list.sections()) {
            collect(section, section.title(), byKey);
        }
        return byKey;
    }

    private static void collect(Section section, String path, Map<String, Listed> byKey) {
        for (Item item : Item.flatten(section.items())) {
            Optional<String> url = Optional.empty();
            if (item instanceof Entry entry) {
                url = entry.mainLink().map(l -> l.url());
            } else if (item instanceof LinkItem link) {
                url = Optional.of(link.url());
            } else {
                continue;
            }
            String key = url.map(CanonicalUrl::of).orElse("title:" + item.title());
            byKey.putIfAbsent(key, new Listed(item.title(), path, url));
        }
        for (Section subsection : section.subsections()) {
            collect(subsection, path + " › " + subsection.title(), byKey);
        }
    }
}
