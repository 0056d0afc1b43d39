package io.github.awesomedsl.metadata;

import io.github.awesomedsl.model.PaperId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What the metadata lock knows of one paper, as arXiv or Crossref reported it when it was fetched. Every
 * string here came from a third party: it is data, never markup or code.
 *
 * @param id the paper's identifier, as the list links it
 * @param fetched when it was fetched
 * @param missing the service answered that it does not know the identifier; the other fields are empty
 * @param title its title
 * @param authors its authors, {@code Given Family} each, in order
 * @param published the date of publication (of an arXiv preprint: its first version), {@code 2023},
 *     {@code 2023-04} or {@code 2023-04-28}
 * @param venue the journal or proceedings it appeared in
 * @param publishedDoi for an arXiv preprint: the DOI of its published version, as arXiv records it
 * @param retracted it was retracted or withdrawn
 * @param notice what says so: the retraction notice's DOI, or arXiv's withdrawal comment
 * @param citations how often it is cited, as the service counted when it was fetched
 */
public record PaperRecord(
        PaperId id,
        Instant fetched,
        boolean missing,
        Optional<String> title,
        List<String> authors,
        Optional<String> published,
        Optional<String> venue,
        Optional<String> publishedDoi,
        boolean retracted,
        Optional<String> notice,
        OptionalLong citations) {

    public PaperRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fetched, "fetched");
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(publishedDoi, "publishedDoi");
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(citations, "citations");
    }

    /** A paper the service says it does not know. */
    public static PaperRecord missing(PaperId id, Instant fetched) {
        return new PaperRecord(
                id,
                fetched,
                true,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.empty(),
                OptionalLong.empty());
    }

    /** The lock's key for it: {@code arXiv:2304.14454}, {@code doi:10.…}. */
    public String key() {
        return key(id);
    }

    /** The lock's key for an identifier; preprint versions are one paper. */
    public static String key(PaperId id) {
        return id.scheme().dslName() + ":" + id.unversioned();
    }

    /** The year of {@link #published}, if it has one. */
    public OptionalInt year() {
        return published
                .filter(p -> p.length() >= 4 && p.substring(0, 4).chars().allMatch(Character::isDigit))
                .map(p -> OptionalInt.of(Integer.parseInt(p.substring(0, 4))))
                .orElse(OptionalInt.empty());
    }

    /** {@code Wu et al.}, {@code Wu and Chen}, {@code Wu}: the first author's family name, for a short byline. */
    public Optional<String> byline() {
        if (authors.isEmpty()) {
            return Optional.empty();
        }
        String first = family(authors.get(0));
        return Optional.of(
                authors.size() == 1
                        ? first
                        : authors.size() == 2 ? first + " and " + family(authors.get(1)) : first + " et al.");
    }

    /** The family name of an author written {@code Given Family}: the last word. */
    public static String family(String name) {
        String trimmed = name.strip();
        int space = trimmed.lastIndexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(space + 1);
    }

    /** The given names of an author written {@code Given Family}: all but the last word (empty for one word). */
    public static String given(String name) {
        String trimmed = name.strip();
        int space = trimmed.lastIndexOf(' ');
        return space < 0 ? "" : trimmed.substring(0, space);
    }
}
