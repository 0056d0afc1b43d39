package io.github.awesomedsl.maven.output.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.github.awesomedsl.dsl.AwesomeListSource;
import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Cell;
import io.github.awesomedsl.model.Column;
import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.Item;
import io.github.awesomedsl.model.Link;
import io.github.awesomedsl.model.LinkItem;
import io.github.awesomedsl.model.Row;
import io.github.awesomedsl.model.Section;
import io.github.awesomedsl.model.Table;
import io.github.awesomedsl.model.Tag;
import io.github.awesomedsl.model.Venue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Whatever strings a list holds, the Java generated from it is the Java intended: the catalog compiles,
 * its constants hold exactly the list's values, and no class or code exists that the generator did not
 * mean to write; the imported list source for any headings compiles too. The payloads of issue 14 are
 * among the tokens: comment ends, Unicode escapes, javadoc tags, bidi controls, lone surrogates.
 */
class GeneratedJavaProperties {

    private static final String INJECTION = "Build */ static { System.out.println(\"x\"); } /*";

    private static final String[] TOKENS = {
        "a",
        "Tool",
        "Guide",
        "URL",
        "project",
        "Part entries",
        " ",
        "  ",
        "\t",
        "\n",
        "\r",
        "\u2028",
        "\u0000",
        "*/",
        "/*",
        "/**",
        "//",
        "*",
        "/",
        "\\",
        "\\u002a/",
        "\\u000a",
        "\\u0022",
        "\\\\u",
        "\"",
        "'",
        "@",
        "{@code x}",
        "@link",
        "<",
        ">",
        "&",
        "&amp;",
        "$",
        "$S",
        "$L",
        "$T",
        "$$",
        "%s",
        "{",
        "}",
        ";",
        "(",
        ")",
        "static { System.out.println(\"x\"); }",
        "}}} class X {",
        "\u202E",
        "\u2066",
        "\u200B",
        "\uD800",
        "\uDC00",
        "😀",
        "中文",
        "é",
        "İ",
        "ß",
        "1",
        "10x",
        "class",
        "true",
        "Tags",
        "TITLE",
        "ALL",
        "getClass",
        "hashCode",
        "section",
        "entry",
        "list",
        "x".repeat(90),
        "Word ".repeat(30)
    };

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.of(TOKENS).list().ofMaxSize(6).map(parts -> String.join("", parts)),
                Arbitraries.strings().all().ofMaxLength(12));
    }

    Arbitrary<Link> links() {
        return Combinators.combine(texts(), texts()).as(Link::custom);
    }

    Arbitrary<Item> items() {
        Arbitrary<Item> entry = Combinators.combine(
                        texts(),
                        texts().injectNull(0.3),
                        texts().injectNull(0.5),
                        links().list().ofMaxSize(3),
                        texts().injectNull(0.8))
                .as((title, description, venue, links, id) -> {
                    Entry.Builder builder = Entry.builder(title);
                    if (description != null) {
                        builder.description(description);
                    }
                    if (venue != null && !venue.isBlank()) {
                        builder.venue(Venue.of(venue));
                    }
                    if (id != null) {
                        builder.id(id);
                    }
                    links.forEach(builder::link);
                    builder.tags(Tag.of("tag-" + Math.abs(title.hashCode() % 3)));
                    return builder.build();
                });
        Arbitrary<Item> linkItem = Combinators.combine(texts(), texts(), texts().injectNull(0.5))
                .as((title, url, description) -> {
                    LinkItem.Builder builder = LinkItem.builder(title, url);
                    if (description != null) {
                        builder.description(description);
                    }
                    return builder.build();
                });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, entry), net.jqwik.api.Tuple.of(1, linkItem));
    }

    Arbitrary<Table> tables() {
        return Combinators.combine(texts(), texts(), texts(), texts())
                .as((column, first, label, url) -> Table.builder(Column.of(column), Column.of("Link"))
                        .row(Cell.text(first), Cell.link(label, url))
                        .build());
    }

    Arbitrary<Section> sections(int depth) {
        Arbitrary<List<Section>> children = depth >= 2
                ? Arbitraries.just(List.of())
                : sections(depth + 1).list().ofMaxSize(2);
        return Combinators.combine(
                        texts(), items().list().ofMaxSize(3), tables().list().ofMaxSize(1), children)
                .as((title, items, tables, subsections) -> {
                    Section.Builder section = Section.builder(title);
                    for (Item item : items) {
                        if (item instanceof Entry e) {
                            section.entry(e);
                        } else {
                            LinkItem l = (LinkItem) item;
                            section.link(rebuild(l));
                        }
                    }
                    return new Section(
                            title,
                            List.of(),
                            section.build().items(),
                            tables,
                            false,
                            java.util.Optional.empty(),
                            subsections,
                            List.of(),
                            section.build().location());
                });
    }

    private static LinkItem.Builder rebuild(LinkItem item) {
        LinkItem.Builder builder = LinkItem.builder(item.title(), item.url());
        item.description().ifPresent(builder::description);
        return builder;
    }

    @Provide
    Arbitrary<AwesomeList> lists() {
        return Combinators.combine(texts(), sections(0).list().ofMaxSize(3))
                .as((title, sections) -> new AwesomeList(
                        title,
                        List.of(),
                        List.of(),
                        sections,
                        List.of(),
                        List.of(),
                        List.of(),
                        io.github.awesomedsl.model.SourceLocation.UNKNOWN));
    }

    @Property(tries = 60)
    @StatisticsReport(format = net.jqwik.api.statistics.Histogram.class)
    void theCatalogCompilesAndHoldsExactlyTheList(@ForAll("lists") AwesomeList list) throws Exception {
        CatalogSource file;
        try {
            file = new CatalogGenerator("gen", "Catalog", "gen.List").generate(list);
        } catch (CatalogNameException e) {
            // A collision is refused, never resolved by a suffix; each one names two owners.
            assertThat(e.collisions())
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(c).contains(" and "));
            Statistics.collect("names collide: refused");
            return;
        }
        Statistics.collect("compiled");
        assertCompilesToExactly(list, file);
    }

    @Example
    void theInjectionPayloadsOfIssue14StayData() throws Exception {
        AwesomeList list = io.github.awesomedsl.dsl.AwesomeDsl.list(INJECTION)
                .section(io.github.awesomedsl.dsl.AwesomeDsl.section(INJECTION)
                        .entry(io.github.awesomedsl.dsl.AwesomeDsl.entry("Tool \\u002a/ static {}")
                                .description("*/ @deprecated {@code x} \u202E")
                                .link("\\u000a label", "https://x.example/*/")))
                .build();
        assertCompilesToExactly(list, new CatalogGenerator("gen", "Catalog", "gen.List").generate(list));
    }

    @Property(tries = 40)
    void theImportedListSourceCompilesForAnyHeadings(@ForAll("lists") AwesomeList list) throws Exception {
        JavaFile file = new ListSourceGenerator("gen", "ImportedList").generate(list, "*/ README.md \\u002a/");
        Path dir = Files.createTempDirectory("imported");
        try {
            Path sources = dir.resolve("src");
            file.writeTo(sources);
            Path classes = dir.resolve("classes");
            assertThat(Javac.compile(sources, classes))
                    .as("javac on:%n%s", file)
                    .isEmpty();
            try (URLClassLoader loader =
                    new URLClassLoader(new URL[] {classes.toUri().toURL()}, AwesomeListSource.class.getClassLoader())) {
                AwesomeList defined = ((AwesomeListSource) loader.loadClass("gen.ImportedList")
                                .getConstructor()
                                .newInstance())
                        .define();
                assertThat(defined.title()).isEqualTo(list.title());
                assertThat(titles(defined.sections())).isEqualTo(titles(list.sections()));
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static List<String> titles(List<Section> sections) {
        List<String> titles = new ArrayList<>();
        for (Section section : sections) {
            titles.add(section.title());
            section.items().forEach(item -> titles.add(item.title()));
            section.tables().forEach(t -> t.rows().forEach(r -> titles.add(r.title())));
            titles.addAll(titles(section.subsections()));
        }
        return titles;
    }

    @Example
    void ordinaryTitlesOfIssue14Compile() throws Exception {
        String long85 = "A title of eighty-five characters that a paper list would not find unusual at all, really";
        AwesomeList list = io.github.awesomedsl.dsl.AwesomeDsl.list("Awesome Ordinary")
                .section(io.github.awesomedsl.dsl.AwesomeDsl.section("S".repeat(5_000))
                        .entry(io.github.awesomedsl.dsl.AwesomeDsl.entry("Part entries")
                                .url("https://a.example"))
                        .entry(io.github.awesomedsl.dsl.AwesomeDsl.entry("Rows").url("https://b.example"))
                        .section(io.github.awesomedsl.dsl.AwesomeDsl.section(long85 + " one")
                                .section(io.github.awesomedsl.dsl.AwesomeDsl.section(long85 + " two")
                                        .entry(io.github.awesomedsl.dsl.AwesomeDsl.entry(long85)
                                                .url("https://c.example")))))
                .build();
        assertCompilesToExactly(list, new CatalogGenerator("gen", "Catalog", "gen.List").generate(list));
    }

    @Example
    void sectionsNamedLikeTheTypesTheConstantsUseStillCompile() throws Exception {
        // the spliced constants name their types by simple name unless a class of the catalog takes it
        io.github.awesomedsl.model.AwesomeList.Builder list = io.github.awesomedsl.dsl.AwesomeDsl.list("Awesome Types");
        for (String title : List.of("Entry", "Row", "Link item", "String", "Tag", "Catalog factories", "Inline")) {
            list.section(io.github.awesomedsl.dsl.AwesomeDsl.section(title)
                    .entry(io.github.awesomedsl.dsl.AwesomeDsl.entry(title + " tool")
                            .url("https://example.org/" + title.length())
                            .description(io.github.awesomedsl.dsl.AwesomeDsl.text("Uses ")
                                    .code("x")
                                    .link("y", "https://y.example")))
                    .table(io.github.awesomedsl.dsl.AwesomeDsl.table(io.github.awesomedsl.dsl.AwesomeDsl.column("Name"))
                            .row(io.github.awesomedsl.dsl.AwesomeDsl.cell(
                                    title + " row", "https://r.example/" + title.length())))
                    .link(io.github.awesomedsl.dsl.AwesomeDsl.linkItem(
                            title + " guide", "https://g.example/" + title.length())));
        }
        AwesomeList built = list.build();
        CatalogSource file = new CatalogGenerator("gen", "Catalog", "gen.List").generate(built);
        assertThat(file.text())
                .contains("public static final io.github.awesomedsl.model.Entry ENTRY_TOOL = ")
                .contains("public static final java.lang.String STRING_TOOL_PROJECT_URL = ");
        assertCompilesToExactly(built, file);
    }

    private static void assertCompilesToExactly(AwesomeList list, CatalogSource file) throws Exception {
        Path dir = Files.createTempDirectory("catalog");
        try {
            Path sources = dir.resolve("src");
            CatalogWriter.write(file, sources);
            Path classes = dir.resolve("classes");
            assertThat(Javac.compile(sources, classes))
                    .as("javac on:%n%s", file)
                    .isEmpty();

            Set<String> classFiles = new HashSet<>();
            try (Stream<Path> files = Files.walk(classes)) {
                files.filter(Files::isRegularFile)
                        .forEach(f -> classFiles.add(classes.relativize(f).toString()));
            }
            assertThat(classFiles)
                    .as("class files of:%n%s", file)
                    .hasSize(2 + countSections(list.sections()))
                    .allSatisfy(name -> assertThat(name)
                            .matches("gen/Catalog(\\$[^$/]+)*\\.class")
                            .satisfies(n -> assertThat(n.getBytes(StandardCharsets.UTF_8).length)
                                    .isLessThanOrEqualTo(205)));

            PrintStream out = System.out;
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            try (URLClassLoader loader =
                    new URLClassLoader(new URL[] {classes.toUri().toURL()}, AwesomeListSource.class.getClassLoader())) {
                Class<?> catalog = Class.forName("gen.Catalog", true, loader);
                assertThat(catalog.getField("TITLE").get(null)).isEqualTo(list.title());
                List<Entry> entries = new ArrayList<>();
                List<Row> rows = new ArrayList<>();
                List<LinkItem> linkItems = new ArrayList<>();
                collect(list.sections(), entries, rows, linkItems);
                assertThat(catalog.getField("ALL").get(null)).isEqualTo(entries);
                assertThat(catalog.getField("ROWS").get(null)).isEqualTo(rows);
                assertThat(catalog.getField("LINKS").get(null)).isEqualTo(linkItems);

                Set<Object> constants = new HashSet<>();
                Set<String> urls = new HashSet<>();
                for (Class<?> type : allClasses(catalog)) {
                    Class.forName(type.getName(), true, loader);
                    for (Field field : type.getFields()) {
                        if (Modifier.isStatic(field.getModifiers()) && type != catalog) {
                            Object value = field.get(null);
                            if (value instanceof String url) {
                                urls.add(url);
                            } else {
                                constants.add(value);
                            }
                        }
                    }
                }
                Set<Object> expected = new HashSet<>(entries);
                expected.addAll(rows);
                expected.addAll(linkItems);
                entries.forEach(e -> e.tags().forEach(expected::add));
                assertThat(constants).as("constants of:%n%s", file).isEqualTo(expected);
                Set<String> expectedUrls = new HashSet<>();
                entries.forEach(e -> e.links().forEach(l -> expectedUrls.add(l.url())));
                rows.forEach(r -> r.cells().forEach(c -> {
                    if (c instanceof Cell.Links l) {
                        l.links().forEach(link -> expectedUrls.add(link.url()));
                    }
                }));
                linkItems.forEach(l -> expectedUrls.add(l.url()));
                assertThat(urls).isEqualTo(expectedUrls);
            } finally {
                System.setOut(out);
            }
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .as("nothing runs when the catalog loads")
                    .isEmpty();
        } finally {
            deleteTree(dir);
        }
    }

    private static List<Class<?>> allClasses(Class<?> root) {
        List<Class<?>> all = new ArrayList<>(List.of(root));
        for (Class<?> nested : root.getDeclaredClasses()) {
            all.addAll(allClasses(nested));
        }
        return all;
    }

    private static int countSections(List<Section> sections) {
        return sections.stream()
                .mapToInt(s -> 1 + countSections(s.subsections()))
                .sum();
    }

    private static void collect(List<Section> sections, List<Entry> entries, List<Row> rows, List<LinkItem> links) {
        for (Section section : sections) {
            for (Item item : section.items()) {
                if (item instanceof Entry e) {
                    entries.add(e);
                } else {
                    links.add((LinkItem) item);
                }
            }
            section.tables().forEach(t -> rows.addAll(t.rows()));
            collect(section.subsections(), entries, rows, links);
        }
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
