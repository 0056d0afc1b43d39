package io.github.awesomedsl.maven.output.bib;

import static io.github.awesomedsl.dsl.AwesomeDsl.acl;
import static io.github.awesomedsl.dsl.AwesomeDsl.arxiv;
import static io.github.awesomedsl.dsl.AwesomeDsl.biorxiv;
import static io.github.awesomedsl.dsl.AwesomeDsl.doi;
import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
import static io.github.awesomedsl.dsl.AwesomeDsl.list;
import static io.github.awesomedsl.dsl.AwesomeDsl.section;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.Venue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.Test;

/** The BibTeX export, read back by JBibTeX, a real BibTeX parser. */
class BibTexExportTest {

    static BibTeXDatabase parse(String bib) throws Exception {
        return new BibTeXParser().parse(new StringReader(bib));
    }

    static String field(BibTeXEntry entry, String name) {
        return entry.getField(new Key(name)).toUserString();
    }

    /** A field as text: JBibTeX's LaTeX reader and printer undo the escaping ({@code \&} is {@code &}). */
    static String decoded(BibTeXEntry entry, String name) throws Exception {
        String raw = field(entry, name);
        return new LaTeXPrinter()
                .print(new LaTeXParser()
                        .parse(raw.startsWith("{") && raw.endsWith("}") ? raw.substring(1, raw.length() - 1) : raw));
    }

    /** The text {@link BibTexExport#escape} was given (control characters aside, which became spaces). */
    static String unescape(String escaped) {
        return escaped.replace("\\textbackslash{}", "\u0000")
                .replace("\\textasciitilde{}", "~")
                .replace("\\textasciicircum{}", "^")
                .replaceAll("\\\\([{}&%$#_])", "$1")
                .replace('\u0000', '\\');
    }

    private static AwesomeList papers(Entry.Builder... entries) {
        var section = section("Papers");
        for (Entry.Builder entry : entries) {
            section.entry(entry);
        }
        return list("Awesome Papers").section(section).build();
    }

    @Test
    void eachPaperIsOneEntryWithWhatTheListKnows() throws Exception {
        String bib = BibTexExport.of(papers(
                entry("MEDITRON-70B: Scaling Medical Pretraining")
                        .venue(Venue.ARXIV)
                        .year(2023)
                        .paper(arxiv("2311.16079"))
                        .code("https://github.com/epfLLM/meditron"),
                entry("BioBART: Pretraining and evaluation")
                        .venue(Venue.BIONLP)
                        .year(2022)
                        .paper(acl("2022.bionlp-1.9")),
                entry("MedCPT & friends: 50% of {retrieval}")
                        .venue(Venue.BIOINFORMATICS)
                        .year(2023)
                        .paper(doi("10.1093/bioinformatics/btad651")),
                entry("scGPT").venue(Venue.BIORXIV).year(2023).paper(biorxiv("10.1101/2023.04.30.538439v2")),
                entry("A tool without a paper").url("https://example.org/tool")));
        BibTeXDatabase db = parse(bib);
        assertThat(db.getEntries()).hasSize(4);
        Map<String, BibTeXEntry> byKey = db.getEntries().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().getValue(), Map.Entry::getValue));
        assertThat(byKey).containsOnlyKeys("meditron2023", "biobart2022", "medcpt2023", "scgpt2023");

        BibTeXEntry meditron = byKey.get("meditron2023");
        assertThat(meditron.getType().getValue()).isEqualTo("misc");
        assertThat(decoded(meditron, "title")).isEqualTo("MEDITRON-70B: Scaling Medical Pretraining");
        assertThat(field(meditron, "eprint")).isEqualTo("2311.16079");
        assertThat(field(meditron, "archiveprefix")).isEqualTo("arXiv");
        assertThat(field(meditron, "url")).isEqualTo("https://arxiv.org/abs/2311.16079");
        assertThat(meditron.getField(new Key("author")))
                .as("no author is invented")
                .isNull();

        BibTeXEntry biobart = byKey.get("biobart2022");
        assertThat(biobart.getType().getValue()).isEqualTo("inproceedings");
        assertThat(field(biobart, "booktitle")).isEqualTo("BioNLP");

        BibTeXEntry medcpt = byKey.get("medcpt2023");
        assertThat(medcpt.getType().getValue()).isEqualTo("article");
        assertThat(field(medcpt, "journal")).isEqualTo("Bioinformatics");
        assertThat(field(medcpt, "doi")).isEqualTo("10.1093/bioinformatics/btad651");
        assertThat(decoded(medcpt, "title")).isEqualTo("MedCPT & friends: 50% of {retrieval}");

        assertThat(field(byKey.get("scgpt2023"), "doi")).isEqualTo("10.1101/2023.04.30.538439");
    }

    @Test
    void keysDoNotChangeWhenUnrelatedPapersChange() {
        Entry.Builder a = entry("Alpha model").year(2021).paper(arxiv("2101.00001"));
        Entry.Builder b = entry("Beta model").year(2022).paper(arxiv("2201.00001"));
        List<String> before = Paper.of(papers(a, b)).stream().map(Paper::key).toList();
        List<String> after = Paper.of(papers(
                        entry("Gamma").year(2020).paper(arxiv("2001.00001")),
                        b,
                        entry("Delta").year(2024).paper(arxiv("2401.00001")),
                        a))
                .stream()
                .map(Paper::key)
                .toList();
        assertThat(before).containsExactly("alpha2021", "beta2022");
        assertThat(after).contains("alpha2021", "beta2022");
        // two papers of one base key are told apart by their own URLs, whatever their order
        List<String> twins = Paper.of(papers(entry("Alpha model").year(2021).paper(arxiv("2101.00002")), a)).stream()
                .map(Paper::key)
                .toList();
        assertThat(twins).doesNotHaveDuplicates().allMatch(k -> k.matches("alpha2021-[0-9a-f]{4}"));
        assertThat(Paper.of(papers(a, entry("Alpha model").year(2021).paper(arxiv("2101.00002")))).stream()
                        .map(Paper::key)
                        .toList())
                .containsExactlyInAnyOrderElementsOf(twins);
    }

    @Test
    void authorsComeFromTheLockAndNameTheKey() throws Exception {
        io.github.awesomedsl.metadata.Metadata lock = io.github.awesomedsl.metadata.Metadata.of(
                List.of(),
                List.of(new io.github.awesomedsl.metadata.PaperRecord(
                        io.github.awesomedsl.model.PaperId.arxiv("2212.13138"),
                        java.time.Instant.parse("2026-11-30T00:00:00Z"),
                        false,
                        java.util.Optional.empty(),
                        List.of("Karan Singhal", "Bob and Alice}, title = {pwned", "Ünal Çelik"),
                        java.util.Optional.of("2022-12-26"),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        false,
                        java.util.Optional.empty(),
                        java.util.OptionalLong.empty())));
        AwesomeList list = papers(entry("Large language models encode clinical knowledge")
                .year(2022)
                .paper(arxiv("2212.13138")));
        BibTeXDatabase db = parse(BibTexExport.of(list, lock));
        BibTeXEntry entry = db.getEntries().values().iterator().next();
        assertThat(entry.getKey().getValue()).isEqualTo("singhal2022large");
        assertThat(entry.getFields().keySet())
                .extracting(Key::getValue) // no field injected by a name
                .containsExactlyInAnyOrder("title", "author", "year", "eprint", "archiveprefix", "url");
        assertThat(decoded(entry, "title")).isEqualTo("Large language models encode clinical knowledge");
        assertThat(field(entry, "author"))
                .isEqualTo("{Singhal}, {Karan} and {\\{pwned}, {Bob and Alice\\}, title =} and {Çelik}, {Ünal}");
        assertThat(BibTexExport.of(list)).doesNotContain("author"); // without the lock, nobody is named
        assertThat(CslJsonExport.of(Paper.of(list, lock)))
                .contains("\"family\" : \"Singhal\"", "\"given\" : \"Karan\"");
    }

    /** No title can end its field or start another: what JBibTeX reads back is one entry with the same text. */
    @Property(tries = 300)
    void anyTitleAndVenueParseBackToThemselves(
            @ForAll @StringLength(min = 1, max = 60) String title,
            @ForAll @StringLength(min = 1, max = 20) String venue)
            throws Exception {
        if (title.isBlank() || venue.isBlank()) {
            return;
        }
        String bib = BibTexExport.of(
                papers(entry(title).venue(Venue.of(venue)).year(2020).paper(arxiv("2001.00001"))));
        BibTeXDatabase db = parse(bib);
        assertThat(db.getEntries()).hasSize(1);
        BibTeXEntry entry = db.getEntries().values().iterator().next();
        assertThat(entry.getFields().keySet())
                .extracting(Key::getValue)
                .containsExactlyInAnyOrder("title", "year", "journal", "eprint", "archiveprefix", "url");
        assertThat(field(entry, "title")).isEqualTo("{" + BibTexExport.escape(title) + "}");
        assertThat(field(entry, "journal")).isEqualTo(BibTexExport.escape(venue));
        assertThat(unescape(field(entry, "journal"))).isEqualTo(withoutControls(venue));
        assertThat(unescape(
                        field(entry, "title").substring(1, field(entry, "title").length() - 1)))
                .isEqualTo(withoutControls(title));
    }

    private static String withoutControls(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(Character.isISOControl(c) ? ' ' : (char) c));
        return out.toString();
    }

    /**
     * Where LaTeX typesets characters as themselves (letters, digits, spaces and the specials the export
     * escapes; not quotes or dashes, which LaTeX turns into typographic ones), JBibTeX's LaTeX reader and
     * printer give the very title back.
     */
    @Property(tries = 300)
    void titlesDecodeToThemselvesWithJbibtex(
            @ForAll
                    @StringLength(min = 1, max = 60)
                    @AlphaChars
                    @NumericChars
                    @Chars({
                        ' ', '{', '}', '&', '%', '$', '#', '_', '~', '^', '\\', ':', ',', '.', '(', ')', '+', '/', '!',
                        '?'
                    })
                    String title)
            throws Exception {
        if (title.isBlank()) {
            return;
        }
        String bib = BibTexExport.of(papers(entry(title).year(2020).paper(arxiv("2001.00001"))));
        BibTeXEntry entry = parse(bib).getEntries().values().iterator().next();
        assertThat(decoded(entry, "title")).isEqualTo(title);
    }
}
