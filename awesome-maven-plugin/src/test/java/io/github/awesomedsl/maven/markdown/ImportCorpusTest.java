package io.github.awesomedsl.maven.markdown;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.github.awesomedsl.dsl.AwesomeListSource;
import io.github.awesomedsl.maven.output.code.Javac;
import io.github.awesomedsl.maven.output.code.ListSourceGenerator;
import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Cell;
import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.Item;
import io.github.awesomedsl.model.Section;
import io.github.awesomedsl.model.TextItem;
import io.github.awesomedsl.render.EntryStyle;
import io.github.awesomedsl.render.MarkdownRenderer;
import io.github.awesomedsl.render.RenderOptions;
import io.github.awesomedsl.render.TableWidth;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The import on a corpus of small lists, one per form real lists use (written for this test, none
 * copied): each imports, its source compiles with every line within 120 columns, and the rendering of
 * what the compiled class defines has the original's URLs, in order, and its visible words, in order
 * (the contents and "back to top" lines aside, which the renderer regenerates or needs not).
 */
class ImportCorpusTest {

    /** The fixtures, with how many of their blocks the model cannot hold and keeps as raw Markdown. */
    static final Map<String, Integer> CORPUS = Map.ofEntries(
            Map.entry("separators.md", 0),
            Map.entry("rich-descriptions.md", 0),
            Map.entry("nested-items.md", 0),
            Map.entry("item-forms.md", 0),
            Map.entry("tables.md", 0),
            Map.entry("html-title.md", 0),
            Map.entry("html-title-logo.md", 2), // the logo and the tagline; the h1 before them is the title
            Map.entry("relative-links.md", 0),
            Map.entry("contents-variants.md", 0),
            Map.entry("table-of-content.md", 0),
            Map.entry("raw-in-place.md", 5), // <details> and </details> (around a list), quote, numbered list, code
            Map.entry("strikethrough.md", 0),
            Map.entry("java-keyword-headings.md", 0),
            Map.entry("paper-style.md", 0),
            Map.entry("combination.md", 1), // the quote under the title
            Map.entry("title-link.md", 0)); // a title that links the list's own site

    @TempDir
    Path dir;

    static Stream<String> corpus() {
        return CORPUS.keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void importCompilesAndRendersTheSameUrlsAndWordsInOrder(String fixture) throws Exception {
        String markdown = fixture(fixture);
        MarkdownListReader.Reading reading = new MarkdownListReader(fixture).readWithReport(markdown);
        String className = "Corpus" + Math.abs(fixture.hashCode());
        JavaFile source = new ListSourceGenerator("corpus", className).generate(reading.list(), fixture);

        String code = source.toString();
        for (String line : code.split("\n")) {
            assertThat(line.length())
                    .as("a line of the source imported from %s:%n%s%n%s", fixture, line, code)
                    .isLessThanOrEqualTo(120);
        }
        AwesomeList defined = compileAndDefine(source, className);
        EntryStyle style = ImportLoss.leastLoss(reading.list(), markdown).style();
        String rendered = MarkdownRenderer.create(new RenderOptions(style, TableWidth.DISPLAY))
                .render(defined);

        assertThat(ImportLoss.urls(rendered))
                .as("URLs of %s rendered as:%n%s", fixture, rendered)
                .containsExactlyElementsOf(ImportLoss.urls(markdown));
        assertThat(String.join(" ", ImportLoss.words(rendered)))
                .as("words of %s rendered as:%n%s", fixture, rendered)
                .isEqualTo(String.join(" ", ImportLoss.words(markdown)));
        assertThat(reading.unmapped()).as("blocks of %s kept raw", fixture).hasSize(CORPUS.get(fixture));
        assertThat(ImportLoss.between(markdown, rendered))
                .as("loss check on %s", fixture)
                .isEmpty();
    }

    /** A paper linked at an identifier's canonical URL is imported as the identifier; another form stays a URL. */
    @Test
    void canonicalPaperUrlsBecomeIdentifiers() throws Exception {
        String markdown = String.join(
                "\n",
                "# Awesome Papers",
                "",
                "## Contents",
                "",
                "- [Papers](#papers)",
                "",
                "## Papers",
                "",
                "- \\[arXiv 2023\\] One. [\\[Paper\\]](https://arxiv.org/abs/2304.14454) [\\[Code\\]](https://github.com/a/b)",
                "- \\[arXiv 2023\\] Two. [\\[Paper\\]](https://arxiv.org/pdf/2308.02463.pdf)",
                "- \\[ACL 2022\\] Three. [\\[Paper\\]](https://aclanthology.org/2022.bionlp-1.9/)",
                "- \\[bioRxiv 2023\\] Four. [\\[Paper\\]](https://www.biorxiv.org/content/10.1101/2023.01.11.523679v1)",
                "");
        MarkdownListReader.Reading reading = new MarkdownListReader("papers.md").readWithReport(markdown);
        String code = new ListSourceGenerator("corpus", "Papers")
                .generate(reading.list(), "papers.md")
                .toString();
        assertThat(code)
                .contains(
                        ".paper(arxiv(\"2304.14454\"))",
                        ".paper(\"https://arxiv.org/pdf/2308.02463.pdf\")",
                        ".paper(acl(\"2022.bionlp-1.9\"))",
                        ".paper(biorxiv(\"10.1101/2023.01.11.523679v1\"))");
        AwesomeList defined = compileAndDefine(
                new ListSourceGenerator("corpus", "Papers").generate(reading.list(), "papers.md"), "Papers");
        assertThat(MarkdownRenderer.create(new RenderOptions(EntryStyle.PAPER, TableWidth.DISPLAY))
                        .render(defined))
                .isEqualTo(markdown);
    }

    /** A title that links the list's site keeps its link; a link inside bold text keeps the space after it. */
    @Test
    void aLinkedTitleAndABoldLinkKeepEveryByteThatMatters() throws Exception {
        String markdown = fixture("title-link.md");
        MarkdownListReader.Reading reading = new MarkdownListReader("title-link.md").readWithReport(markdown);
        assertThat(reading.list().homepage()).contains("https://gadgets.example.org/");
        AwesomeList defined = compileAndDefine(
                new ListSourceGenerator("corpus", "TitleLink").generate(reading.list(), "t.md"), "TitleLink");
        String rendered = MarkdownRenderer.create().render(defined);
        assertThat(rendered)
                .startsWith("# [Awesome Gadgets](https://gadgets.example.org/)\n")
                .contains("**Visit the [website](https://gadgets.example.org/) to search and filter them.**");
    }

    @Test
    void nestedItemsAreItemsNotRawMarkdown() throws IOException {
        AwesomeList list = new MarkdownListReader("nested-items.md").read(fixture("nested-items.md"));
        Section frameworks = list.sections().get(0);
        Entry webKit = (Entry) frameworks.items().get(0);
        assertThat(webKit.children()).extracting(Item::title).containsExactly("Web Kit Auth", "Web Kit Forms");
        assertThat(webKit.children().get(1).children()).extracting(Item::title).containsExactly("Forms Extra");
        assertThat(webKit.children().get(0).description().orElseThrow().urls())
                .containsExactly("https://webkit.example.com/guide");
        TextItem testing = (TextItem) frameworks.items().get(1);
        assertThat(testing.title()).isEqualTo("Testing");
        assertThat(testing.children()).extracting(Item::title).containsExactly("Probe", "Mockery");
        assertThat(frameworks.allItems()).hasSize(8);
        assertThat(frameworks.intro()).isEmpty();
    }

    @Test
    void anHtmlTitleBlockGivesTheTitleAndTheBadges() throws IOException {
        AwesomeList list = new MarkdownListReader("html-title.md").read(fixture("html-title.md"));
        assertThat(list.title()).isEqualTo("Awesome HTML Title");
        assertThat(list.badges())
                .extracting(b -> b.altText() + " " + b.imageUrl() + " " + b.targetUrl())
                .containsExactly(
                        "Awesome https://awesome.re/badge.svg https://awesome.re",
                        "Build https://img.example.com/build.svg https://ci.example.com");
    }

    @Test
    void itemFormsKeepTheirKindAndTheirSpans() throws IOException {
        List<Item> items = new MarkdownListReader("item-forms.md")
                .read(fixture("item-forms.md"))
                .sections()
                .get(0)
                .items();
        assertThat(items.get(0))
                .isInstanceOf(Entry.class)
                .extracting(Item::title)
                .isEqualTo("Bold Link");
        assertThat(items.get(1)).isInstanceOf(TextItem.class); // the badge before the link
        assertThat(((TextItem) items.get(1)).text().urls())
                .containsExactly(
                        "https://img.example.com/ci.svg", "https://ci.example.com", "https://badged.example.com");
        Entry licensed = (Entry) items.get(2);
        assertThat(licensed.description().orElseThrow().inlines().get(0).text()).isEqualTo("MIT");
        assertThat(items.get(5))
                .isInstanceOf(TextItem.class)
                .extracting(Item::title)
                .isEqualTo("Plain words without any link at all.");
    }

    @Test
    void tableCellsWithTextBesideLinksAreRichText() throws IOException {
        Section datasets = new MarkdownListReader("tables.md")
                .read(fixture("tables.md"))
                .sections()
                .get(0);
        List<Cell> beta = datasets.tables().get(0).rows().get(1).cells();
        assertThat(beta.get(1)).isInstanceOf(Cell.Rich.class);
        assertThat(((Cell.Rich) beta.get(2)).text().urls())
                .containsExactly(
                        "https://img.example.com/doi.svg",
                        "https://doi.example.org/10.1/beta",
                        "https://beta.example.com");
        assertThat(datasets.tables().get(0).rows().get(0).cells().get(2)).isInstanceOf(Cell.Links.class);
    }

    @Test
    void rawBlocksStayWhereTheyStood() throws IOException {
        Section tools = new MarkdownListReader("raw-in-place.md")
                .read(fixture("raw-in-place.md"))
                .sections()
                .get(0);
        assertThat(tools.intro()).hasSize(1); // "Some tools before a details block:"
        List<String> kinds = tools.body().stream()
                .map(b -> b instanceof Item i ? i.title() : b.getClass().getSimpleName())
                .toList();
        // <details>, the list inside it, </details>, the quote, the numbered list, the code, the closing words
        assertThat(kinds)
                .containsExactly(
                        "Anvil",
                        "Paragraph",
                        "Bellows",
                        "Paragraph",
                        "Chisel",
                        "Paragraph",
                        "Drill",
                        "Paragraph",
                        "Paragraph",
                        "Paragraph");
    }

    private AwesomeList compileAndDefine(JavaFile source, String className) throws Exception {
        Path sources = dir.resolve("src");
        source.writeTo(sources);
        Path classes = dir.resolve("classes");
        assertThat(Javac.compile(sources, classes)).as("javac on:%n%s", source).isEmpty();
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {classes.toUri().toURL()}, AwesomeListSource.class.getClassLoader())) {
            return ((AwesomeListSource) loader.loadClass("corpus." + className)
                            .getConstructor()
                            .newInstance())
                    .define();
        }
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = ImportCorpusTest.class.getResourceAsStream("/import-corpus/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), UTF_8);
        }
    }
}
