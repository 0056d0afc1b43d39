package io.github.awesomedsl.maven.output.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.awesomedsl.metadata.Metadata;
import io.github.awesomedsl.metadata.RepositoryHealth;
import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Badge;
import io.github.awesomedsl.model.Cell;
import io.github.awesomedsl.model.Column;
import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.Inline;
import io.github.awesomedsl.model.Item;
import io.github.awesomedsl.model.Link;
import io.github.awesomedsl.model.LinkItem;
import io.github.awesomedsl.model.Paragraph;
import io.github.awesomedsl.model.RichText;
import io.github.awesomedsl.model.Row;
import io.github.awesomedsl.model.Section;
import io.github.awesomedsl.model.SourceLocation;
import io.github.awesomedsl.model.Table;
import io.github.awesomedsl.model.Tag;
import io.github.awesomedsl.model.TextItem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The whole list as JSON, for tools that are not Java: {@code catalog.json}, schema version
 * {@value #SCHEMA_VERSION}, documented in {@code docs/catalog-json.md}. Members are written in a fixed
 * order and lists in list order, so the same list gives the same bytes.
 */
public final class CatalogJson {

    /** Raised when a field is removed or changes meaning; new optional fields keep the version. */
    public static final int SCHEMA_VERSION = 1;

    private static final JsonFactory FACTORY = new JsonFactory();

    private final Metadata metadata;

    private CatalogJson(Metadata metadata) {
        this.metadata = metadata;
    }

    public static String of(AwesomeList list) {
        return of(list, Metadata.empty());
    }

    /** The list as JSON, each link of a GitHub repository the lock holds carrying its {@code repository}. */
    public static String of(AwesomeList list, Metadata metadata) {
        return new CatalogJson(metadata).write(list);
    }

    private String write(AwesomeList list) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            DefaultPrettyPrinter pretty =
                    new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
            json.setPrettyPrinter(pretty.withArrayIndenter(new DefaultIndenter("  ", "\n")));
            json.writeStartObject();
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            json.writeStringField("title", list.title());
            if (list.homepage().isPresent()) {
                json.writeStringField("homepage", list.homepage().get());
            }
            json.writeArrayFieldStart("badges");
            for (Badge badge : list.badges()) {
                json.writeStartObject();
                json.writeStringField("altText", badge.altText());
                json.writeStringField("imageUrl", badge.imageUrl());
                json.writeStringField("targetUrl", badge.targetUrl());
                json.writeEndObject();
            }
            json.writeEndArray();
            paragraphs(json, "description", list.description());
            json.writeArrayFieldStart("sections");
            for (Section section : list.sections()) {
                section(json, section);
            }
            json.writeEndArray();
            paragraphs(json, "contributing", list.contributing());
            paragraphs(json, "license", list.license());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out + "\n";
    }

    private void section(JsonGenerator json, Section section) throws IOException {
        json.writeStartObject();
        json.writeStringField("title", section.title());
        paragraphs(json, "intro", section.intro());
        json.writeBooleanField("groupByYear", section.groupByYear());
        if (section.sortBy().isPresent()) {
            json.writeStringField("sortBy", section.sortBy().get().name().toLowerCase(Locale.ROOT));
        }
        if (section.placeholder().isPresent()) {
            json.writeStringField("placeholder", section.placeholder().get());
        }
        if (!section.paragraphs().isEmpty()) {
            paragraphs(json, "paragraphs", section.paragraphs());
        }
        items(json, "items", section.items());
        json.writeArrayFieldStart("tables");
        for (Table table : section.tables()) {
            table(json, table);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("sections");
        for (Section subsection : section.subsections()) {
            section(json, subsection);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** The items under {@code name}, each with its {@code children} when it has any. */
    private void items(JsonGenerator json, String name, List<Item> items) throws IOException {
        json.writeArrayFieldStart(name);
        for (Item item : items) {
            if (item instanceof Entry entry) {
                entry(json, entry);
            } else if (item instanceof LinkItem link) {
                json.writeStartObject();
                json.writeStringField("type", "link");
                json.writeStringField("title", link.title());
                json.writeStringField("url", link.url());
                if (link.description().isPresent()) {
                    description(json, link.description().get());
                }
                children(json, link);
                source(json, link.location());
                json.writeEndObject();
            } else if (item instanceof TextItem text) {
                json.writeStartObject();
                json.writeStringField("type", "text");
                rich(json, "text", text.text());
                children(json, text);
                source(json, text.location());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
    }

    private void children(JsonGenerator json, Item item) throws IOException {
        if (!item.children().isEmpty()) {
            items(json, "children", item.children());
        }
    }

    private void entry(JsonGenerator json, Entry entry) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "entry");
        if (entry.id().isPresent()) {
            json.writeStringField("id", entry.id().get());
        }
        json.writeStringField("title", entry.title());
        if (entry.description().isPresent()) {
            description(json, entry.description().get());
        }
        if (entry.venue().isPresent()) {
            json.writeStringField("venue", entry.venue().get().name());
        }
        if (entry.year().isPresent()) {
            json.writeNumberField("year", entry.year().getAsInt());
        }
        links(json, entry.links());
        json.writeArrayFieldStart("tags");
        for (Tag tag : entry.tags()) {
            json.writeString(tag.name());
        }
        json.writeEndArray();
        children(json, entry);
        source(json, entry.location());
        json.writeEndObject();
    }

    private void table(JsonGenerator json, Table table) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("columns");
        for (Column column : table.columns()) {
            json.writeStartObject();
            json.writeStringField("name", column.name());
            json.writeStringField("alignment", column.alignment().name().toLowerCase(Locale.ROOT));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("rows");
        for (Row row : table.rows()) {
            json.writeStartObject();
            json.writeArrayFieldStart("cells");
            for (Cell cell : row.cells()) {
                json.writeStartObject();
                if (cell instanceof Cell.Text text) {
                    json.writeStringField("text", text.text());
                } else if (cell instanceof Cell.Links cellLinks) {
                    links(json, cellLinks.links());
                } else if (cell instanceof Cell.Rich rich) {
                    rich(json, "text", rich.text());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            source(json, row.location());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void links(JsonGenerator json, List<Link> links) throws IOException {
        json.writeArrayFieldStart("links");
        for (Link link : links) {
            json.writeStartObject();
            json.writeStringField("kind", link.kind().name().toLowerCase(Locale.ROOT));
            json.writeStringField("label", link.label());
            json.writeStringField("url", link.url());
            Optional<RepositoryHealth> repository = metadata.find(link.url());
            if (repository.isPresent()) {
                repository(json, repository.get());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** What the metadata lock holds of a link's repository (docs/catalog-json.md). */
    private static void repository(JsonGenerator json, RepositoryHealth r) throws IOException {
        json.writeObjectFieldStart("repository");
        json.writeStringField("fullName", r.fullName());
        json.writeStringField("fetched", r.fetched().toString());
        json.writeBooleanField("missing", r.missing());
        if (!r.missing()) {
            json.writeNumberField("stars", r.stars());
            json.writeNumberField("forks", r.forks());
            json.writeNumberField("openIssues", r.openIssues());
            if (r.pushed().isPresent()) {
                json.writeStringField("pushed", r.pushed().get().toString());
            }
            json.writeBooleanField("archived", r.archived());
            json.writeBooleanField("disabled", r.disabled());
            if (r.movedTo().isPresent()) {
                json.writeStringField("movedTo", r.movedTo().get().url());
            }
            if (r.license().isPresent()) {
                json.writeStringField("license", r.license().get());
            }
            if (r.language().isPresent()) {
                json.writeStringField("language", r.language().get());
            }
            if (r.description().isPresent()) {
                json.writeStringField("description", r.description().get());
            }
        }
        json.writeEndObject();
    }

    /**
     * {@code "description"}: the plain text; and when it has markup, {@code "descriptionInlines"}: its spans,
     * links and images with their URLs (an optional field, so the schema version stays).
     */
    private void description(JsonGenerator json, RichText text) throws IOException {
        rich(json, "description", text);
    }

    /** {@code name}: the plain text; with markup, also {@code name + "Inlines"}: its spans. */
    private void rich(JsonGenerator json, String name, RichText text) throws IOException {
        json.writeStringField(name, text.plainText());
        if (!text.isPlain()) {
            inlines(json, name + "Inlines", text.inlines());
        }
    }

    /**
     * The paragraphs' plain texts under {@code name}; when one has markup, also {@code name + "Inlines"}:
     * one array of spans per paragraph.
     */
    private void paragraphs(JsonGenerator json, String name, List<Paragraph> paragraphs) throws IOException {
        json.writeArrayFieldStart(name);
        for (Paragraph paragraph : paragraphs) {
            json.writeString(paragraph.plainText());
        }
        json.writeEndArray();
        if (paragraphs.stream().anyMatch(p -> !new RichText(p.inlines()).isPlain())) {
            json.writeArrayFieldStart(name + "Inlines");
            for (Paragraph paragraph : paragraphs) {
                spans(json, paragraph.inlines());
            }
            json.writeEndArray();
        }
    }

    private void inlines(JsonGenerator json, String name, List<Inline> inlines) throws IOException {
        json.writeFieldName(name);
        spans(json, inlines);
    }

    /** {@code [{"type": "text", "text": "Uses "}, {"type": "link", "text": "B", "url": "https://…"}, …]}. */
    private void spans(JsonGenerator json, List<Inline> inlines) throws IOException {
        json.writeStartArray();
        for (Inline inline : inlines) {
            json.writeStartObject();
            json.writeStringField("type", spanType(inline));
            json.writeStringField("text", inline.text());
            if (inline instanceof Inline.LinkSpan link) {
                json.writeStringField("url", link.url());
            } else if (inline instanceof Inline.Image image) {
                json.writeStringField("url", image.url());
                if (!image.target().isEmpty()) {
                    json.writeStringField("target", image.target());
                }
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static String spanType(Inline inline) {
        if (inline instanceof Inline.LinkSpan) {
            return "link";
        } else if (inline instanceof Inline.Code) {
            return "code";
        } else if (inline instanceof Inline.Emphasis) {
            return "emphasis";
        } else if (inline instanceof Inline.Strong) {
            return "strong";
        } else if (inline instanceof Inline.Strikethrough) {
            return "strikethrough";
        } else if (inline instanceof Inline.Image) {
            return "image";
        } else if (inline instanceof Inline.LineBreak) {
            return "lineBreak";
        } else if (inline instanceof Inline.RawMarkdown) {
            return "markdown";
        }
        return "text";
    }

    private void source(JsonGenerator json, SourceLocation location) throws IOException {
        if (location.isKnown()) {
            json.writeObjectFieldStart("source");
            json.writeStringField("file", location.relativePath());
            json.writeNumberField("line", location.line());
            json.writeEndObject();
        }
    }
}
