package io.github.awesomedsl.maven.output.bib;

import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.Item;
import io.github.awesomedsl.model.Link;
import io.github.awesomedsl.model.LinkKind;
import io.github.awesomedsl.model.PaperId;
import io.github.awesomedsl.model.Section;
import io.github.awesomedsl.model.Venue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A paper of the list, as the exports see it: an entry with a paper link. What is known of it comes from the
 * list itself (title, year, venue, the identifiers its links carry); nothing is added that the list does not
 * say.
 *
 * @param key the citation key: stable, unique in the list
 * @param entry the entry
 * @param type what was published: a preprint, a conference paper, a journal article, or not known
 * @param paperUrl the paper link's URL
 * @param ids the identifiers its links carry, in link order, one per scheme
 * @param authors its authors as the metadata lock has them ({@code Given Family}); empty without a lock
 */
public record Paper(
        String key, Entry entry, Type type, String paperUrl, Map<PaperId.Scheme, PaperId> ids, List<String> authors) {

    /** What a venue publishes, as far as its name tells. */
    public enum Type {
        PREPRINT,
        CONFERENCE,
        JOURNAL,
        UNKNOWN
    }

    private static final Set<String> PREPRINT_SERVERS =
            Set.of("arxiv", "biorxiv", "medrxiv", "ssrn", "research square");
    private static final Set<String> CONFERENCES = Set.of(
            "acl", "emnlp", "naacl", "eacl", "coling", "bionlp", "neurips", "nips", "icml", "iclr", "cvpr", "iccv",
            "eccv", "miccai", "aaai", "ijcai", "kdd", "www", "chi", "sigir", "isbi", "midl", "ml4h", "chil", "amia");

    /** Words that do not make a key ("A survey of …" is keyed by "survey"). */
    private static final Set<String> STOPWORDS = Set.of(
            "a", "an", "the", "on", "of", "for", "and", "in", "to", "towards", "toward", "with", "from", "is", "are",
            "via", "by", "at", "as", "do", "does");

    public String title() {
        return entry.title();
    }

    public OptionalInt year() {
        return entry.year();
    }

    public Optional<Venue> venue() {
        return entry.venue();
    }

    public Optional<PaperId> id(PaperId.Scheme scheme) {
        return Optional.ofNullable(ids.get(scheme));
    }

    /** The papers of {@code list}, in list order, each keyed, from the list alone. */
    public static List<Paper> of(AwesomeList list) {
        return of(list, io.github.awesomedsl.metadata.Metadata.empty());
    }

    /**
     * The papers of {@code list}, with the authors {@code metadata} has fetched for them: their keys then start
     * with the first author's family name ({@code singhal2022large}).
     */
    public static List<Paper> of(AwesomeList list, io.github.awesomedsl.metadata.Metadata metadata) {
        List<Entry> entries = new ArrayList<>();
        for (Section section : list.sections()) {
            collect(section, entries);
        }
        Map<Entry, List<String>> authorsOf = new java.util.IdentityHashMap<>();
        for (Entry entry : entries) {
            List<String> authors = List.of();
            for (Link link : entry.links()) {
                Optional<io.github.awesomedsl.metadata.PaperRecord> record = metadata.paper(link.url());
                if (record.isPresent() && !record.get().missing()) {
                    authors = record.get().authors();
                    break;
                }
            }
            authorsOf.put(entry, authors);
        }
        Map<String, Integer> baseCounts = new HashMap<>();
        for (Entry entry : entries) {
            baseCounts.merge(baseKey(entry, authorsOf.get(entry)), 1, Integer::sum);
        }
        List<Paper> papers = new ArrayList<>();
        for (Entry entry : entries) {
            Link paper = entry.link(LinkKind.PAPER).orElseThrow();
            Map<PaperId.Scheme, PaperId> ids = new LinkedHashMap<>();
            for (Link link : entry.links()) {
                PaperId.of(link.url()).ifPresent(id -> ids.putIfAbsent(id.scheme(), id));
            }
            String base = baseKey(entry, authorsOf.get(entry));
            // two papers of one base key both get a suffix of their own URL's hash, so neither key depends
            // on the order of the list or on papers with other keys
            String key = baseCounts.get(base) > 1 ? base + "-" + shortHash(paper.url()) : base;
            papers.add(new Paper(key, entry, type(entry.venue()), paper.url(), Map.copyOf(ids), authorsOf.get(entry)));
        }
        return papers;
    }

    private static void collect(Section section, List<Entry> out) {
        for (Item item : Item.flatten(section.items())) {
            if (item instanceof Entry entry && entry.link(LinkKind.PAPER).isPresent()) {
                out.add(entry);
            }
        }
        for (Section subsection : section.subsections()) {
            collect(subsection, out);
        }
    }

    /**
     * {@code meditron2023}: the title's first significant word, in ASCII letters and digits, and the year;
     * {@code singhal2022large} when the lock names the first author.
     */
    static String baseKey(Entry entry, List<String> authors) {
        String word = firstWord(entry.title());
        String year = entry.year().isPresent() ? Integer.toString(entry.year().getAsInt()) : "";
        if (!authors.isEmpty()) {
            String family = ascii(io.github.awesomedsl.metadata.PaperRecord.family(authors.get(0)))
                    .replaceAll("[^a-z0-9]", "");
            if (!family.isEmpty()) {
                return family + year + word;
            }
        }
        return word + year;
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }

    private static String firstWord(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String word = "";
        for (String token : ascii.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!token.isEmpty() && !STOPWORDS.contains(token)) {
                word = token.length() > 24 ? token.substring(0, 24) : token;
                break;
            }
        }
        return word.isEmpty() ? "paper" : word;
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static Type type(Optional<Venue> venue) {
        if (venue.isEmpty()) {
            return Type.UNKNOWN;
        }
        String name = venue.get().name().toLowerCase(Locale.ROOT).strip();
        if (PREPRINT_SERVERS.contains(name)) {
            return Type.PREPRINT;
        }
        String first = name.split("[\\s'’0-9]+", 2)[0];
        if (CONFERENCES.contains(first)
                || name.contains("conference")
                || name.contains("proceedings")
                || name.contains("workshop")
                || name.contains("symposium")
                || name.startsWith("proc")) {
            return Type.CONFERENCE;
        }
        return Type.JOURNAL;
    }
}
