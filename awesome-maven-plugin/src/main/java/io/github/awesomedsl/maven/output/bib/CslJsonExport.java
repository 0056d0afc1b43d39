package io.github.awesomedsl.maven.output.bib;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.PaperId;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The list's papers as CSL-JSON ({@code META-INF/awesome/<artifactId>.csl.json}), the input format of
 * citeproc processors (Zotero, Pandoc, citation.js): an array of items with the same keys and facts as the
 * BibTeX export, in list order, the same list giving the same bytes.
 */
public final class CslJsonExport {

    private static final JsonFactory FACTORY = new JsonFactory();

    private CslJsonExport() {}

    public static String of(AwesomeList list) {
        return of(Paper.of(list));
    }

    public static String of(List<Paper> papers) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            DefaultPrettyPrinter pretty =
                    new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
            json.setPrettyPrinter(pretty.withArrayIndenter(new DefaultIndenter("  ", "\n")));
            json.writeStartArray();
            for (Paper paper : papers) {
                json.writeStartObject();
                json.writeStringField("id", paper.key());
                json.writeStringField(
                        "type",
                        switch (paper.type()) {
                            case CONFERENCE -> "paper-conference";
                            case JOURNAL -> "article-journal";
                            case PREPRINT, UNKNOWN -> "article";
                        });
                json.writeStringField("title", paper.title());
                if (!paper.authors().isEmpty()) {
                    json.writeArrayFieldStart("author");
                    for (String author : paper.authors()) {
                        json.writeStartObject();
                        json.writeStringField("family", io.github.awesomedsl.metadata.PaperRecord.family(author));
                        if (!io.github.awesomedsl.metadata.PaperRecord.given(author)
                                .isEmpty()) {
                            json.writeStringField("given", io.github.awesomedsl.metadata.PaperRecord.given(author));
                        }
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                }
                if (paper.year().isPresent()) {
                    json.writeObjectFieldStart("issued");
                    json.writeArrayFieldStart("date-parts");
                    json.writeStartArray();
                    json.writeNumber(paper.year().getAsInt());
                    json.writeEndArray();
                    json.writeEndArray();
                    json.writeEndObject();
                }
                if (paper.venue().isPresent()) {
                    json.writeStringField(
                            paper.type() == Paper.Type.PREPRINT ? "publisher" : "container-title",
                            paper.venue().get().name());
                }
                if (paper.id(PaperId.Scheme.ARXIV).isPresent()) {
                    json.writeStringField(
                            "number",
                            "arXiv:" + paper.id(PaperId.Scheme.ARXIV).get().id());
                }
                paper.id(PaperId.Scheme.DOI)
                        .or(() -> paper.id(PaperId.Scheme.BIORXIV))
                        .or(() -> paper.id(PaperId.Scheme.MEDRXIV))
                        .ifPresent(id -> write(json, "DOI", id.unversioned()));
                paper.id(PaperId.Scheme.PUBMED).ifPresent(id -> write(json, "PMID", id.id()));
                json.writeStringField("URL", paper.paperUrl());
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out + "\n";
    }

    private static void write(JsonGenerator json, String field, String value) {
        try {
            json.writeStringField(field, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
