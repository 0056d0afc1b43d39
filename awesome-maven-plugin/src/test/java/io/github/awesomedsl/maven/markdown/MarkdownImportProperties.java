package io.github.awesomedsl.maven.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.render.MarkdownRenderer;
import io.github.awesomedsl.render.RenderOptions;
import io.github.awesomedsl.render.TableWidth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * render(import(markdown)) keeps every URL, in order, and every word, for READMEs written in the forms
 * real lists use, combined at random: every separator, rich descriptions, bold links, badges and code
 * after or before the link, nested items and groups, tables with rich cells, prose, quotes, code and
 * {@code <details>} between lists. (The corpus in ImportCorpusTest holds one small list per form.)
 */
class MarkdownImportProperties {

    private static final String[] WORDS = {"alpha", "beta", "Gamma", "delta", "Épsilon", "zeta", "中文", "v2", "x86"};

    Arbitrary<String> words() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(4).map(w -> String.join(" ", w));
    }

    Arbitrary<String> urls() {
        return Arbitraries.integers().between(0, 10_000).map(n -> "https://site" + n % 37 + ".example.com/p/" + n);
    }

    /** A description: words, maybe with a link, code, emphasis or strikethrough in it. */
    Arbitrary<String> descriptions() {
        Arbitrary<String> span = Arbitraries.oneOf(
                words(),
                Combinators.combine(words(), urls()).as((w, u) -> "[" + w + "](" + u + ")"),
                words().map(w -> "`" + w + "`"),
                words().map(w -> "*" + w + "*"),
                words().map(w -> "~~" + w + "~~"));
        return span.list().ofMinSize(1).ofMaxSize(3).map(s -> String.join(" ", s) + ".");
    }

    Arbitrary<String> items(int depth, String indent) {
        Arbitrary<String> link = Combinators.combine(words(), urls()).as((w, u) -> "[" + w + "](" + u + ")");
        Arbitrary<String> head = Arbitraries.oneOf(
                Combinators.combine(link, Arbitraries.of(" - ", " – ", " — ", ": ", " "), descriptions())
                        .as((l, sep, d) -> l + sep + d),
                link,
                Combinators.combine(link, descriptions()).as((l, d) -> "**" + l + "** - " + d),
                Combinators.combine(link, words(), descriptions()).as((l, code, d) -> l + " `" + code + "` - " + d),
                Combinators.combine(words(), urls(), urls(), link, descriptions())
                        .as((alt, img, target, l, d) ->
                                "[![" + alt + "](" + img + ")](" + target + ") " + l + " - " + d),
                words());
        Arbitrary<String> children = depth >= 2
                ? Arbitraries.just("")
                : items(depth + 1, indent + "  ").list().ofMaxSize(2).map(c -> String.join("", c));
        return Combinators.combine(head, children).as((h, c) -> indent + "- " + h + "\n" + c);
    }

    Arbitrary<String> tables() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                words(),
                Combinators.combine(words(), urls()).as((w, u) -> "[" + w + "](" + u + ")"),
                Combinators.combine(words(), urls(), words()).as((w, u, c) -> "`" + c + "` [" + w + "](" + u + ")"),
                Combinators.combine(words(), urls(), urls())
                        .as((a, i, t) -> "[![" + a + "](" + i + ")](" + t + ") " + a));
        return cell.list().ofSize(2).list().ofMinSize(1).ofMaxSize(3).map(rows -> {
            StringBuilder table = new StringBuilder("| Name | Links |\n| --- | --- |\n");
            rows.forEach(r -> table.append("| ")
                    .append(r.get(0))
                    .append(" | ")
                    .append(r.get(1))
                    .append(" |\n"));
            return table.toString();
        });
    }

    Arbitrary<String> blocks() {
        return Arbitraries.oneOf(
                items(0, "").list().ofMinSize(1).ofMaxSize(3).map(i -> String.join("", i)),
                tables(),
                descriptions(),
                words().map(w -> "> " + w + "."),
                words().map(w -> "```\n" + w + "\n```\n"),
                items(0, "").map(i -> "<details>\n<summary>More</summary>\n\n" + i + "\n</details>\n"));
    }

    Arbitrary<String> sections() {
        return Combinators.combine(
                        words(),
                        Arbitraries.of("## ", "### "),
                        blocks().list().ofMinSize(1).ofMaxSize(4))
                .as((title, level, body) -> level + title + "\n\n" + String.join("\n", body));
    }

    @Provide
    Arbitrary<String> readmes() {
        return Combinators.combine(
                        words(), descriptions(), sections().list().ofMinSize(1).ofMaxSize(4))
                .as((title, description, sections) ->
                        "# Awesome " + title + "\n\n" + description + "\n\n" + String.join("\n", sections));
    }

    @Property(tries = 300)
    void renderingTheImportKeepsEveryUrlInOrderAndEveryWord(@ForAll("readmes") String markdown) {
        AwesomeList imported = new MarkdownListReader("README.md").read(markdown);
        ImportLoss.Styled best = ImportLoss.leastLoss(imported, markdown);
        String rendered = MarkdownRenderer.create(new RenderOptions(best.style(), TableWidth.DISPLAY))
                .render(imported);
        assertThat(best.lost())
                .as("lost from:%n%s%nrendered as:%n%s", markdown, rendered)
                .isEmpty();
        assertThat(ImportLoss.urls(rendered))
                .as("URLs of:%n%s%nrendered as:%n%s", markdown, rendered)
                .containsExactlyElementsOf(ImportLoss.urls(markdown));
        List<String> words = ImportLoss.words(markdown);
        assertThat(ImportLoss.words(rendered)).as("words").containsAll(words);
    }
}
