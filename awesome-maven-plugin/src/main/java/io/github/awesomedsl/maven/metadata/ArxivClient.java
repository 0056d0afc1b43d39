package io.github.awesomedsl.maven.metadata;

import io.github.awesomedsl.maven.http.PoliteExchange;
import io.github.awesomedsl.metadata.PaperRecord;
import io.github.awesomedsl.model.PaperId;
import java.io.StringReader;
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
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Reads papers from the arXiv API as arXiv asks: ids in batches ({@code id_list}, up to 100 per request), one
 * request at a time and one every three seconds (the interval is the host gate's, measured from the previous
 * answer), 503 with Retry-After waited for. The Atom answer is parsed with DTDs and external entities off.
 * Stored: title, authors, the first version's date, the journal reference and DOI arXiv records for the
 * published version, and a withdrawal, which arXiv states in the entry's comment.
 */
public final class ArxivClient {

    /** How the client talks to arXiv. */
    public record Options(
            URI apiUrl, int batchSize, Duration interval, Duration timeout, int retries, Duration maxWait) {
        public Options {
            if (batchSize < 1 || batchSize > 200) {
                throw new IllegalArgumentException("an arXiv batch holds 1 to 200 ids, not " + batchSize);
            }
        }
    }

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String ARXIV = "http://arxiv.org/schemas/atom";
    private static final int MAX_BODY = 16 * 1024 * 1024;

    private final Options options;
    private final Clock clock;
    private final PoliteExchange exchange;

    public ArxivClient(Options options) {
        this(options, HttpClient.newBuilder(), Clock.systemUTC());
    }

    ArxivClient(Options options, HttpClient.Builder client, Clock clock) {
        this.options = options;
        this.clock = clock;
        this.exchange = MetadataClients.exchange(
                client,
                options.timeout(),
                options.interval(),
                options.retries(),
                options.maxWait(),
                MAX_BODY,
                List.of("content-type"));
    }

    public int requests() {
        return exchange.requests();
    }

    /** What arXiv says of each id, by lock key; an id arXiv does not know is recorded as missing. */
    public Map<String, PaperRecord> fetch(List<PaperId> ids, Consumer<String> progress)
            throws InterruptedException, PaperException {
        Map<String, PaperRecord> fetched = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += options.batchSize()) {
            List<PaperId> batch = ids.subList(from, Math.min(ids.size(), from + options.batchSize()));
            StringBuilder list = new StringBuilder();
            for (PaperId id : batch) {
                list.append(list.length() == 0 ? "" : ",").append(id.id());
            }
            URI uri = URI.create(options.apiUrl() + "?id_list="
                    + URLEncoder.encode(list.toString(), StandardCharsets.UTF_8) + "&max_results=" + batch.size());
            PoliteExchange.Answer answer;
            try {
                answer = exchange.send(
                        () -> HttpRequest.newBuilder(uri)
                                .timeout(options.timeout())
                                .header("User-Agent", MetadataClients.USER_AGENT)
                                .GET()
                                .build(),
                        PoliteExchange.WaitPolicy.retryAfter(clock),
                        "arXiv");
            } catch (PoliteExchange.GaveUp e) {
                throw new PaperException(e.getMessage() + "; run again later", fetched);
            }
            if (answer.status() != 200) {
                throw new PaperException("arXiv answered HTTP " + answer.status() + "; run again later", fetched);
            }
            Map<String, PaperRecord> found = parse(answer.body(), fetched);
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            for (PaperId id : batch) {
                PaperRecord record = found.get(id.id());
                fetched.put(PaperRecord.key(id), record != null ? record : PaperRecord.missing(id, now));
            }
            if (from + options.batchSize() < ids.size()) {
                progress.accept("metadata: " + fetched.size() + "/" + ids.size() + " arXiv papers fetched");
            }
        }
        return fetched;
    }

    /** The entries of an Atom answer, by arXiv id (versions dropped). */
    private Map<String, PaperRecord> parse(String atom, Map<String, PaperRecord> fetched) throws PaperException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            document = builder.parse(new InputSource(new StringReader(atom)));
        } catch (Exception e) {
            throw new PaperException(
                    "arXiv answered with something other than an Atom feed (" + e.getMessage() + ")", fetched);
        }
        Map<String, PaperRecord> byId = new LinkedHashMap<>();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        NodeList entries = document.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            String url = text(entry, ATOM, "id").orElse("");
            Optional<PaperId> id = PaperId.of(url.replaceFirst("^http://", "https://"));
            if (id.isEmpty() || id.get().scheme() != PaperId.Scheme.ARXIV) {
                continue; // arXiv's error entries have an id under /api/errors
            }
            List<String> authors = new ArrayList<>();
            NodeList names = entry.getElementsByTagNameNS(ATOM, "author");
            for (int a = 0; a < names.getLength(); a++) {
                text((Element) names.item(a), ATOM, "name").ifPresent(authors::add);
            }
            Optional<String> comment = text(entry, ARXIV, "comment");
            boolean withdrawn = comment.map(
                            c -> c.toLowerCase(java.util.Locale.ROOT).contains("withdrawn"))
                    .orElse(false);
            byId.put(
                    id.get().id(),
                    new PaperRecord(
                            id.get(),
                            now,
                            false,
                            text(entry, ATOM, "title"),
                            authors,
                            text(entry, ATOM, "published").map(p -> p.length() >= 10 ? p.substring(0, 10) : p),
                            text(entry, ARXIV, "journal_ref"),
                            text(entry, ARXIV, "doi"),
                            withdrawn,
                            withdrawn ? comment : Optional.empty(),
                            OptionalLong.empty()));
        }
        return byId;
    }

    /** The first child element's text, on one line and within bounds (third-party text). */
    private static Optional<String> text(Element parent, String namespace, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(namespace, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode() == parent) {
                return MetadataClients.clean(nodes.item(i).getTextContent());
            }
        }
        return Optional.empty();
    }
}
