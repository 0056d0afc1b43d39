package io.github.awesomedsl.maven.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.awesomedsl.maven.http.PoliteExchange;
import io.github.awesomedsl.metadata.PaperRecord;
import io.github.awesomedsl.model.PaperId;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads works from the Crossref REST API ({@code /works/{doi}}), in its polite pool: a {@code mailto}
 * parameter and User-Agent name who asks, requests one at a time, 429 and 503 with Retry-After waited for.
 * Stored: title, authors, publication date, container (journal or proceedings), Crossref's citation count
 * ({@code is-referenced-by-count}) with the fetch date, and a retraction or withdrawal ({@code updated-by}).
 * bioRxiv and medRxiv DOIs are Crossref DOIs too; an ACL Anthology paper is asked for by its DOI
 * ({@code 10.18653/v1/<id>}).
 */
public final class CrossrefClient {

    /** How the client talks to Crossref. */
    public record Options(URI apiUrl, Optional<String> mailto, Duration timeout, int retries, Duration maxWait) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 8 * 1024 * 1024;
    private static final Set<String> RETRACTIONS = Set.of("retraction", "withdrawal", "removal", "partial_retraction");

    private final Options options;
    private final Clock clock;
    private final PoliteExchange exchange;

    public CrossrefClient(Options options) {
        this(options, HttpClient.newBuilder(), Clock.systemUTC());
    }

    CrossrefClient(Options options, HttpClient.Builder client, Clock clock) {
        this.options = options;
        this.clock = clock;
        this.exchange = MetadataClients.exchange(
                client,
                options.timeout(),
                Duration.ZERO,
                options.retries(),
                options.maxWait(),
                MAX_BODY,
                List.of("content-type", "x-rate-limit-limit", "x-rate-limit-interval"));
    }

    public int requests() {
        return exchange.requests();
    }

    /** The DOI Crossref knows {@code id} by, if it is one Crossref registers. */
    public static Optional<String> doi(PaperId id) {
        return switch (id.scheme()) {
            case DOI -> Optional.of(id.id());
            case BIORXIV, MEDRXIV -> Optional.of(id.unversioned());
            case ACL -> id.id().matches("\\d{4}\\..*") ? Optional.of("10.18653/v1/" + id.id()) : Optional.empty();
            case ARXIV, PUBMED -> Optional.empty();
        };
    }

    /** What Crossref says of each id, by lock key; a DOI Crossref does not know is recorded as missing. */
    public Map<String, PaperRecord> fetch(List<PaperId> ids, Consumer<String> progress)
            throws InterruptedException, PaperException {
        Map<String, PaperRecord> fetched = new LinkedHashMap<>();
        long lastReport = System.nanoTime();
        for (PaperId id : ids) {
            Optional<String> doi = doi(id);
            if (doi.isEmpty()) {
                continue;
            }
            URI uri = URI.create(options.apiUrl() + "/works/" + encode(doi.get())
                    + options.mailto()
                            .map(m -> "?mailto=" + URLEncoder.encode(m, StandardCharsets.UTF_8))
                            .orElse(""));
            PoliteExchange.Answer answer;
            try {
                answer = exchange.send(
                        () -> HttpRequest.newBuilder(uri)
                                .timeout(options.timeout())
                                .header(
                                        "User-Agent",
                                        MetadataClients.USER_AGENT
                                                + options.mailto()
                                                        .map(m -> " (mailto:" + m + ")")
                                                        .orElse(""))
                                .GET()
                                .build(),
                        PoliteExchange.WaitPolicy.retryAfter(clock),
                        "Crossref");
            } catch (PoliteExchange.GaveUp e) {
                throw new PaperException(e.getMessage() + "; run again later", fetched);
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            if (answer.status() == 404) {
                fetched.put(PaperRecord.key(id), PaperRecord.missing(id, now));
                continue;
            }
            if (answer.status() != 200) {
                throw new PaperException(
                        "Crossref answered HTTP " + answer.status() + " for " + doi.get() + "; run again later",
                        fetched);
            }
            JsonNode work;
            try {
                work = JSON.readTree(answer.body()).path("message");
            } catch (Exception e) {
                throw new PaperException("Crossref answered with invalid JSON for " + doi.get(), fetched);
            }
            fetched.put(PaperRecord.key(id), record(id, work, now));
            if (System.nanoTime() - lastReport > 2_000_000_000L) {
                lastReport = System.nanoTime();
                progress.accept("metadata: " + fetched.size() + " Crossref works fetched");
            }
        }
        return fetched;
    }

    private static PaperRecord record(PaperId id, JsonNode work, Instant now) {
        List<String> authors = new ArrayList<>();
        for (JsonNode author : work.path("author")) {
            String name = (author.path("given").asText("") + " "
                            + author.path("family").asText(""))
                    .strip();
            if (name.isEmpty()) {
                name = author.path("name").asText("");
            }
            MetadataClients.clean(name).ifPresent(authors::add);
        }
        Optional<String> notice = Optional.empty();
        boolean retracted = false;
        for (JsonNode update : work.path("updated-by")) {
            if (RETRACTIONS.contains(update.path("type").asText("").toLowerCase(java.util.Locale.ROOT))) {
                retracted = true;
                notice = MetadataClients.clean(
                        update.path("type").asText() + " " + update.path("DOI").asText(""));
            }
        }
        return new PaperRecord(
                id,
                now,
                false,
                MetadataClients.clean(work.path("title").path(0).asText(null)),
                authors,
                date(work.path("published").isMissingNode() ? work.path("issued") : work.path("published")),
                MetadataClients.clean(work.path("container-title").path(0).asText(null)),
                Optional.empty(),
                retracted,
                notice,
                work.has("is-referenced-by-count")
                        ? OptionalLong.of(work.path("is-referenced-by-count").asLong())
                        : OptionalLong.empty());
    }

    /** {@code 2023}, {@code 2023-04} or {@code 2023-04-28} from Crossref's {@code date-parts}. */
    private static Optional<String> date(JsonNode date) {
        JsonNode parts = date.path("date-parts").path(0);
        if (!parts.isArray() || parts.isEmpty() || !parts.get(0).canConvertToInt()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(String.format("%04d", parts.get(0).asInt()));
        for (int i = 1; i < Math.min(parts.size(), 3); i++) {
            out.append(String.format("-%02d", parts.get(i).asInt()));
        }
        return Optional.of(out.toString());
    }

    /** A DOI as a path: every character outside the unreserved set and {@code /} percent-encoded. */
    static String encode(String doi) {
        StringBuilder out = new StringBuilder();
        for (byte b : doi.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append(String.format("%%%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
