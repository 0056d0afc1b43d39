package io.github.awesomedsl.maven.output.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.awesomedsl.maven.output.AtomicFiles;
import io.github.awesomedsl.maven.output.bib.BibTexExport;
import io.github.awesomedsl.maven.output.bib.Paper;
import io.github.awesomedsl.maven.output.code.JavaNames;
import io.github.awesomedsl.metadata.Metadata;
import io.github.awesomedsl.metadata.RepositoryHealth;
import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.Item;
import io.github.awesomedsl.model.Link;
import io.github.awesomedsl.model.LinkItem;
import io.github.awesomedsl.model.LinkKind;
import io.github.awesomedsl.model.Section;
import io.github.awesomedsl.model.Table;
import io.github.awesomedsl.model.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The list as a static site ({@code awesome:site}): one {@code index.html} with its data embedded (so it works
 * from {@code file://} and from any path), {@code site.css} and {@code site.js} (plain JavaScript, no framework,
 * nothing fetched from elsewhere), and the same data as {@code data.json} for other tools. The page searches
 * titles, descriptions, venues and tags, filters by section, tag, year, venue, link kind and, with a metadata
 * lock, archived repositories; it keeps its state in the URL's fragment.
 *
 * <p>Every string is untrusted: the data is JSON inside a {@code <script type="application/json">}, with
 * {@code <}, {@code >} and {@code &} escaped, so no title can end the script; the script puts strings into the
 * page as text only, and links only http(s) and relative URLs.
 */
public final class SiteWriter {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final List<String> ASSETS = List.of("site.css", "site.js");

    private SiteWriter() {}

    /** Writes the site into {@code folder}; returns how many entries it holds. */
    public static int write(AwesomeList list, Metadata metadata, Path folder) throws IOException {
        List<Row> rows = rows(list);
        String data = data(list, rows, metadata);
        AtomicFiles.writeIfChanged(folder.resolve("data.json"), data + "\n");
        AtomicFiles.writeIfChanged(folder.resolve("index.html"), page(list, data));
        for (String asset : ASSETS) {
            try (InputStream in = SiteWriter.class.getResourceAsStream("/io/github/awesomedsl/maven/site/" + asset)) {
                AtomicFiles.writeIfChanged(
                        folder.resolve(asset), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return rows.size();
    }

    /** One entry, link item or table row of the page, with the section it is in. */
    private record Row(Item item, io.github.awesomedsl.model.Row row, Table table, String section, String anchor) {}

    private static List<Row> rows(AwesomeList list) {
        List<Row> rows = new ArrayList<>();
        Set<String> anchors = new HashSet<>();
        for (Section section : list.sections()) {
            collect(section, section.title(), JavaNames.typeBase(section.title()), rows, anchors);
        }
        return rows;
    }

    private static void collect(Section section, String path, String typePath, List<Row> rows, Set<String> anchors) {
        for (Item item : Item.flatten(section.items())) {
            if (item instanceof Entry || item instanceof LinkItem) {
                String anchor = typePath + "." + JavaNames.constantBase(item.title());
                String unique = anchor;
                for (int n = 2; !anchors.add(unique); n++) {
                    unique = anchor + "_" + n;
                }
                rows.add(new Row(item, null, null, path, unique));
            }
        }
        for (Table table : section.tables()) {
            for (io.github.awesomedsl.model.Row row : table.rows()) {
                String anchor =
                        typePath + "." + JavaNames.constantBase(row.title().isBlank() ? "row" : row.title());
                String unique = anchor;
                for (int n = 2; !anchors.add(unique); n++) {
                    unique = anchor + "_" + n;
                }
                rows.add(new Row(null, row, table, path, unique));
            }
        }
        for (Section subsection : section.subsections()) {
            collect(
                    subsection,
                    path + " › " + subsection.title(),
                    typePath + "." + JavaNames.typeBase(subsection.title()),
                    rows,
                    anchors);
        }
    }

    /** The page's data: entries with their facet values, the facets, and each facet's values in order. */
    static String data(AwesomeList list, Metadata metadata) {
        return data(list, rows(list), metadata);
    }

    private static String data(AwesomeList list, List<Row> rows, Metadata metadata) {
        Map<Entry, String> cites = new IdentityHashMap<>();
        List<Paper> papers = Paper.of(list, metadata);
        for (Paper paper : papers) {
            cites.put(paper.entry(), BibTexExport.entry(paper).strip());
        }
        Map<String, Set<String>> values = new LinkedHashMap<>();
        for (String key : List.of("section", "tag", "year", "venue", "has", "repository", "pushed")) {
            // years newest first; the other values in list order
            values.put(
                    key,
                    key.equals("year") || key.equals("pushed")
                            ? new TreeSet<>(java.util.Comparator.reverseOrder())
                            : new LinkedHashSet<>());
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("title", list.title());
            json.writeArrayFieldStart("entries");
            int order = 0;
            for (Row row : rows) {
                if (row.row() != null) {
                    tableRow(json, row, order++, values);
                    continue;
                }
                Item item = row.item();
                json.writeStartObject();
                json.writeNumberField("order", order++);
                json.writeStringField("anchor", row.anchor());
                json.writeStringField("title", item.title());
                json.writeStringField("section", row.section());
                if (item.description().isPresent()) {
                    json.writeStringField(
                            "description", item.description().get().plainText());
                }
                List<Link> links = new ArrayList<>();
                Map<String, List<String>> facets = new LinkedHashMap<>();
                facets.put("section", List.of(row.section()));
                Optional<RepositoryHealth> repository = Optional.empty();
                if (item instanceof Entry entry) {
                    links.addAll(entry.links());
                    entry.venue().ifPresent(v -> write(json, "venue", v.name()));
                    if (entry.year().isPresent()) {
                        json.writeNumberField("year", entry.year().getAsInt());
                        facets.put("year", List.of(Integer.toString(entry.year().getAsInt())));
                    }
                    entry.venue().ifPresent(v -> facets.put("venue", List.of(v.name())));
                    json.writeArrayFieldStart("tags");
                    for (Tag tag : entry.tags()) {
                        json.writeString(tag.name());
                    }
                    json.writeEndArray();
                    if (!entry.tags().isEmpty()) {
                        facets.put("tag", entry.tags().stream().map(Tag::name).toList());
                    }
                    List<String> has = new ArrayList<>();
                    for (LinkKind kind : List.of(LinkKind.PAPER, LinkKind.CODE, LinkKind.MODEL, LinkKind.DATASET)) {
                        if (entry.link(kind).isPresent()) {
                            has.add(kind.name().toLowerCase(Locale.ROOT));
                        }
                    }
                    if (!has.isEmpty()) {
                        facets.put("has", has);
                    }
                    for (Link link : entry.links()) {
                        repository =
                                repository.or(() -> metadata.find(link.url()).filter(r -> !r.missing()));
                    }
                    if (cites.containsKey(entry)) {
                        json.writeStringField("cite", cites.get(entry));
                    }
                } else if (item instanceof LinkItem link) {
                    links.add(Link.project(link.url()).withLabel(link.title()));
                }
                if (repository.isPresent()) {
                    json.writeNumberField("stars", repository.get().stars());
                    json.writeBooleanField("archived", repository.get().archived());
                    facets.put("repository", List.of(repository.get().archived() ? "archived" : "maintained"));
                    repository
                            .get()
                            .pushed()
                            .ifPresent(p -> facets.put(
                                    "pushed",
                                    List.of(Integer.toString(
                                            p.atZone(java.time.ZoneOffset.UTC).getYear()))));
                }
                json.writeArrayFieldStart("links");
                for (Link link : links) {
                    json.writeStartObject();
                    json.writeStringField("label", link.label());
                    json.writeStringField("url", link.url());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeObjectFieldStart("facets");
                for (Map.Entry<String, List<String>> facet : facets.entrySet()) {
                    json.writeArrayFieldStart(facet.getKey());
                    for (String value : facet.getValue()) {
                        json.writeString(value);
                        values.get(facet.getKey()).add(value);
                    }
                    json.writeEndArray();
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("facets");
            Map<String, String> labels = Map.of(
                    "section",
                    "Section",
                    "tag",
                    "Tag",
                    "year",
                    "Year",
                    "venue",
                    "Venue",
                    "has",
                    "Kind and links",
                    "repository",
                    "Repository",
                    "pushed",
                    "Last push");
            for (String key : values.keySet()) {
                if (!values.get(key).isEmpty()) {
                    json.writeStartObject();
                    json.writeStringField("key", key);
                    json.writeStringField("label", labels.get(key));
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
            json.writeObjectFieldStart("values");
            for (Map.Entry<String, Set<String>> facet : values.entrySet()) {
                json.writeArrayFieldStart(facet.getKey());
                for (String value : facet.getValue()) {
                    json.writeString(value);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A table row as an entry of the page: its first cell the title, the other cells "Column: value", its links. */
    private static void tableRow(JsonGenerator json, Row row, int order, Map<String, Set<String>> values)
            throws IOException {
        io.github.awesomedsl.model.Row tableRow = row.row();
        json.writeStartObject();
        json.writeNumberField("order", order);
        json.writeStringField("anchor", row.anchor());
        json.writeStringField("title", tableRow.title());
        json.writeStringField("section", row.section());
        List<String> details = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int c = 0; c < tableRow.cells().size(); c++) {
            io.github.awesomedsl.model.Cell cell = tableRow.cells().get(c);
            if (cell instanceof io.github.awesomedsl.model.Cell.Links cellLinks) {
                links.addAll(cellLinks.links());
            } else if (c > 0 && !cell.plainText().isBlank()) {
                details.add(row.table().columns().get(c).name() + ": " + cell.plainText());
            } else if (cell instanceof io.github.awesomedsl.model.Cell.Rich rich) {
                rich.text().inlines().stream()
                        .filter(i -> i instanceof io.github.awesomedsl.model.Inline.LinkSpan)
                        .map(io.github.awesomedsl.model.Inline.LinkSpan.class::cast)
                        .forEach(l -> links.add(Link.custom(l.text(), l.url())));
            }
        }
        if (!details.isEmpty()) {
            json.writeStringField("description", String.join("; ", details));
        }
        json.writeArrayFieldStart("tags");
        json.writeEndArray();
        json.writeArrayFieldStart("links");
        for (Link link : links) {
            json.writeStartObject();
            json.writeStringField("label", link.label());
            json.writeStringField("url", link.url());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("facets");
        json.writeArrayFieldStart("section");
        json.writeString(row.section());
        json.writeEndArray();
        json.writeArrayFieldStart("has");
        json.writeString("table row");
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
        values.get("section").add(row.section());
        values.get("has").add("table row");
    }

    private static void write(JsonGenerator json, String field, String value) {
        try {
            json.writeStringField(field, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page: landmarks, labelled controls, the data as inert JSON, the script last. */
    static String page(AwesomeList list, String data) {
        String title = html(list.title());
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self';"
                + " style-src 'self'; img-src https: data:; connect-src 'none'; base-uri 'none'; form-action 'none'\">\n"
                + "<title>" + title + "</title>\n<link rel=\"stylesheet\" href=\"site.css\">\n</head>\n<body>\n"
                + "<header>\n<h1>" + title + "</h1>\n"
                + "<div class=\"controls\" role=\"search\">\n"
                + "<label for=\"q\">Search</label>\n<input id=\"q\" type=\"search\" autocomplete=\"off\""
                + " placeholder=\"Titles, descriptions, venues, tags\">\n"
                + "<label for=\"sort\">Sort by</label>\n<select id=\"sort\">\n<option value=\"list\">list order</option>\n"
                + "<option value=\"year\">year</option>\n<option value=\"name\">name</option>\n"
                + "<option value=\"stars\">stars</option>\n</select>\n"
                + "<span id=\"count\" role=\"status\" aria-live=\"polite\"></span>\n</div>\n</header>\n"
                + "<div class=\"layout\">\n<nav id=\"facets\" aria-label=\"Filters\"></nav>\n"
                + "<main id=\"results\" aria-label=\"Entries\"></main>\n</div>\n"
                + "<script type=\"application/json\" id=\"awesome-data\">" + inert(data) + "</script>\n"
                + "<script src=\"site.js\"></script>\n</body>\n</html>\n";
    }

    /** JSON that cannot end its script element: {@code <}, {@code >} and {@code &} as JSON escapes. */
    static String inert(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static String html(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
