package io.github.awesomedsl.maven.metadata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.awesomedsl.maven.output.AtomicFiles;
import io.github.awesomedsl.metadata.GithubRepository;
import io.github.awesomedsl.metadata.Metadata;
import io.github.awesomedsl.metadata.PaperRecord;
import io.github.awesomedsl.metadata.RepositoryHealth;
import io.github.awesomedsl.model.PaperId;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The metadata lock ({@code awesome-metadata.json}): what {@code awesome:metadata} fetched, committed
 * beside the list so that every other goal reads it and never the network. Written sorted by repository (case-insensitively, each under the name the list links),
 * one field per line, fields in a fixed order, so a refresh shows in a diff as the numbers that changed;
 * written atomically and only when its bytes change.
 */
public final class MetadataLock {

    /** The lock's format; a lock of another format is refused with a message, never half-read. */
    static final int FORMAT = 1;

    /**
     * Jackson, made when a lock is first read or written: every render reads the lock, most lists have none,
     * and an ObjectMapper costs a cold JVM some 70 ms of class loading.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
        static final JsonFactory FACTORY = new JsonFactory();
    }

    private MetadataLock() {}

    /** The lock in {@code file}; empty when there is none. */
    public static Metadata read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Metadata.empty();
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(
                    "is not valid JSON (" + e.getOriginalMessage() + " at line "
                            + e.getLocation().getLineNr() + "); restore it from version control or delete it and run"
                            + " awesome:metadata again",
                    e);
        }
        if (root == null || root.path("format").asInt() != FORMAT) {
            throw new IOException("is not a metadata lock of format " + FORMAT
                    + " (its \"format\" field); delete it and run awesome:metadata again");
        }
        List<RepositoryHealth> repositories = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        root.path("repositories").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            repositories.add(repository(entry.getKey(), entry.getValue()));
        }
        List<PaperRecord> papers = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("papers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            papers.add(paper(entry.getKey(), entry.getValue()));
        }
        return Metadata.of(repositories, papers);
    }

    private static PaperRecord paper(String key, JsonNode node) throws IOException {
        PaperId id;
        Instant fetched;
        try {
            int colon = key.indexOf(':');
            PaperId.Scheme scheme =
                    PaperId.Scheme.valueOf(key.substring(0, Math.max(colon, 0)).toUpperCase(java.util.Locale.ROOT));
            id = new PaperId(scheme, key.substring(colon + 1));
            fetched = Instant.parse(node.path("fetched").asText());
        } catch (IllegalArgumentException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new IOException("has an unreadable paper \"" + key + "\" (" + e.getMessage()
                    + "); restore it from version control or delete it and run awesome:metadata again");
        }
        if (node.path("missing").asBoolean(false)) {
            return PaperRecord.missing(id, fetched);
        }
        List<String> authors = new ArrayList<>();
        node.path("authors").forEach(a -> authors.add(a.asText()));
        return new PaperRecord(
                id,
                fetched,
                false,
                text(node, "title"),
                authors,
                text(node, "published"),
                text(node, "venue"),
                text(node, "publishedDoi"),
                node.path("retracted").asBoolean(false),
                text(node, "notice"),
                node.has("citations")
                        ? java.util.OptionalLong.of(node.path("citations").asLong())
                        : java.util.OptionalLong.empty());
    }

    private static RepositoryHealth repository(String key, JsonNode node) throws IOException {
        int slash = key.indexOf('/');
        GithubRepository repository;
        Instant fetched;
        try {
            repository = new GithubRepository(key.substring(0, Math.max(slash, 0)), key.substring(slash + 1));
            fetched = Instant.parse(node.path("fetched").asText());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IOException("has an unreadable entry \"" + key + "\" (" + e.getMessage()
                    + "); restore it from version control or delete it and run awesome:metadata again");
        }
        if (node.path("missing").asBoolean(false)) {
            return RepositoryHealth.missing(repository, fetched);
        }
        Optional<Instant> pushed;
        try {
            pushed = text(node, "pushed").map(Instant::parse);
        } catch (DateTimeParseException e) {
            throw new IOException("has an unreadable \"pushed\" date for \"" + key + "\"");
        }
        return new RepositoryHealth(
                repository,
                fetched,
                false,
                text(node, "fullName").orElse(repository.fullName()),
                node.path("stars").asLong(),
                node.path("forks").asLong(),
                node.path("openIssues").asLong(),
                pushed,
                node.path("archived").asBoolean(false),
                node.path("disabled").asBoolean(false),
                text(node, "license"),
                text(node, "description"),
                text(node, "language"));
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    /** The lock's bytes for {@code metadata}: sorted, stable, ending in a newline. */
    public static String format(Metadata metadata) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Json.FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withoutSpacesInObjectEntries());
            json.writeStartObject();
            json.writeStringField(
                    "about",
                    "Written by awesome:metadata from the GitHub API; commit it, and refresh it with"
                            + " mvn awesome:metadata. Other goals read it and never the network.");
            json.writeNumberField("format", FORMAT);
            json.writeObjectFieldStart("repositories");
            for (RepositoryHealth r : metadata.repositories()) {
                json.writeObjectFieldStart(r.repository().fullName());
                json.writeStringField("fetched", r.fetched().toString());
                if (r.missing()) {
                    json.writeBooleanField("missing", true);
                } else {
                    json.writeStringField("fullName", r.fullName());
                    json.writeNumberField("stars", r.stars());
                    json.writeNumberField("forks", r.forks());
                    json.writeNumberField("openIssues", r.openIssues());
                    if (r.pushed().isPresent()) {
                        json.writeStringField("pushed", r.pushed().get().toString());
                    }
                    json.writeBooleanField("archived", r.archived());
                    json.writeBooleanField("disabled", r.disabled());
                    optional(json, "license", r.license());
                    optional(json, "language", r.language());
                    optional(json, "description", r.description());
                }
                json.writeEndObject();
            }
            json.writeEndObject();
            if (!metadata.papers().isEmpty()) {
                json.writeObjectFieldStart("papers");
                for (PaperRecord p : metadata.papers()) {
                    json.writeObjectFieldStart(p.key());
                    json.writeStringField("fetched", p.fetched().toString());
                    if (p.missing()) {
                        json.writeBooleanField("missing", true);
                    } else {
                        optional(json, "title", p.title());
                        json.writeArrayFieldStart("authors");
                        for (String author : p.authors()) {
                            json.writeString(author);
                        }
                        json.writeEndArray();
                        optional(json, "published", p.published());
                        optional(json, "venue", p.venue());
                        optional(json, "publishedDoi", p.publishedDoi());
                        json.writeBooleanField("retracted", p.retracted());
                        optional(json, "notice", p.notice());
                        if (p.citations().isPresent()) {
                            json.writeNumberField("citations", p.citations().getAsLong());
                        }
                    }
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string failed", e);
        }
        return out + "\n";
    }

    private static void optional(JsonGenerator json, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(field, value.get());
        }
    }

    /** Writes the lock if its bytes change; whether they did. */
    public static boolean write(Path file, Metadata metadata) throws IOException {
        return AtomicFiles.writeIfChanged(file, format(metadata));
    }
}
