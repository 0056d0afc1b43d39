package io.github.awesomedsl.example.healthcare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.LinkKind;
import io.github.awesomedsl.model.PaperId;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.Test;

/** The jar's BibTeX and CSL-JSON, read back by JBibTeX and Jackson against the list itself. */
class PapersExportTest {

    private static final String BIB = "/META-INF/awesome/awesome-healthcare-foundation-models.bib";
    private static final String CSL = "/META-INF/awesome/awesome-healthcare-foundation-models.csl.json";

    private static List<Entry> papers() {
        return HealthcareFoundationModelsListCatalog.ALL.stream()
                .filter(e -> e.link(LinkKind.PAPER).isPresent())
                .toList();
    }

    @Test
    void theBibtexHoldsOneEntryPerPaperWithUniqueKeysAndTheListsFacts() throws Exception {
        BibTeXDatabase db;
        try (InputStream in = getClass().getResourceAsStream(BIB)) {
            db = new BibTeXParser().parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<Entry> papers = papers();
        assertThat(papers).hasSize(73);
        // JBibTeX keys entries by citation key: as many entries as papers means no key repeats
        assertThat(db.getEntries()).hasSize(papers.size());
        List<BibTeXEntry> entries = List.copyOf(db.getEntries().values());
        for (int i = 0; i < papers.size(); i++) {
            Entry paper = papers.get(i);
            BibTeXEntry entry = entries.get(i);
            String title = entry.getField(BibTeXEntry.KEY_TITLE).toUserString();
            assertThat(title).startsWith("{").endsWith("}"); // double-braced: BibTeX keeps its case
            String decoded = new LaTeXPrinter().print(new LaTeXParser().parse(title.substring(1, title.length() - 1)));
            assertThat(decoded).as("title of %s", paper.title()).isEqualTo(paper.title());
            if (paper.year().isPresent()) {
                assertThat(entry.getField(BibTeXEntry.KEY_YEAR).toUserString())
                        .isEqualTo(Integer.toString(paper.year().getAsInt()));
            } else {
                assertThat(entry.getField(BibTeXEntry.KEY_YEAR)).isNull();
            }
            assertThat(entry.getField(BibTeXEntry.KEY_URL).toUserString())
                    .isEqualTo(paper.link(LinkKind.PAPER).orElseThrow().url());
            PaperId.of(paper.link(LinkKind.PAPER).orElseThrow().url())
                    .filter(id -> id.scheme() == PaperId.Scheme.ARXIV)
                    .ifPresent(
                            id -> assertThat(entry.getField(new Key("eprint")).toUserString())
                                    .isEqualTo(id.id()));
            assertThat(entry.getField(BibTeXEntry.KEY_AUTHOR))
                    .as("no author is invented")
                    .isNull();
        }
    }

    @Test
    void theCslJsonHoldsTheSamePapersUnderTheSameKeys() throws Exception {
        JsonNode items;
        try (InputStream in = getClass().getResourceAsStream(CSL)) {
            items = new ObjectMapper().readTree(in);
        }
        List<Entry> papers = papers();
        assertThat(items.isArray()).isTrue();
        assertThat(items).hasSize(papers.size());
        Set<String> ids = new HashSet<>();
        Set<String> types = Set.of("article", "article-journal", "paper-conference");
        for (int i = 0; i < papers.size(); i++) {
            JsonNode item = items.get(i);
            assertThat(ids.add(item.path("id").asText())).isTrue();
            assertThat(types).contains(item.path("type").asText());
            assertThat(item.path("title").asText()).isEqualTo(papers.get(i).title());
            if (papers.get(i).year().isPresent()) {
                assertThat(item.path("issued").path("date-parts").get(0).get(0).asInt())
                        .isEqualTo(papers.get(i).year().getAsInt());
            } else {
                assertThat(item.has("issued")).isFalse();
            }
        }
    }

    /**
     * citeproc-java, a CSL processor, reads the CSL-JSON and typesets every paper in two official styles: the
     * items are CSL input as processors take it. (The CSL-JSON schema itself is published on GitHub only, which
     * the build cannot reach; the processor is the stricter check of what consumers do with the file.)
     */
    @Test
    void aCslProcessorTypesetsEveryPaper() throws Exception {
        String json;
        try (InputStream in = getClass().getResourceAsStream(CSL)) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Object> raw = new de.undercouch.citeproc.helper.json.JsonParser(
                        new de.undercouch.citeproc.helper.json.JsonLexer(new java.io.StringReader(json)))
                .parseArray();
        List<de.undercouch.citeproc.csl.CSLItemData> items = new java.util.ArrayList<>();
        for (Object item : raw) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) item;
            items.add(de.undercouch.citeproc.csl.CSLItemData.fromJson(map));
        }
        assertThat(items).hasSize(papers().size());
        for (String style : List.of("apa", "ieee")) {
            de.undercouch.citeproc.CSL processor =
                    new de.undercouch.citeproc.CSL(new de.undercouch.citeproc.ListItemDataProvider(items), style);
            processor.setOutputFormat("text");
            processor.registerCitationItems(items.stream().map(i -> i.getId()).toArray(String[]::new));
            String[] entries = processor.makeBibliography().getEntries();
            assertThat(entries).as(style).hasSize(items.size());
            for (int i = 0; i < items.size(); i++) {
                assertThat(String.join("\n", entries))
                        .as(style)
                        .contains(items.get(i).getTitle());
            }
        }
    }
}
