package io.github.awesomedsl.urls;

import io.github.awesomedsl.internal.Ascii;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The publication year a link encodes, and how far the entry's year may be from it.
 *
 * @param year the year in the link
 * @param kind what encodes it ("arXiv id of"), for messages
 * @param earliestEntryYear the first entry year that agrees with it
 * @param latestEntryYear the last entry year that agrees with it
 */
public record LinkYear(int year, String kind, int earliestEntryYear, int latestEntryYear) {

    /** "arXiv id of 2023": what in the link says which year. */
    public String source() {
        return kind + " " + year;
    }

    private static final Pattern ARXIV =
            Pattern.compile("arxiv\\.org/(?:abs|pdf)/(\\d{2})(\\d{2})\\.\\d{4,5}", Pattern.CASE_INSENSITIVE);
    private static final Pattern RXIV = Pattern.compile(
            "(?:bio|med)rxiv\\.org/content/10\\.1101/((?:19|20)\\d{2})\\.\\d{2}\\.\\d{2}", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACL_NEW =
            Pattern.compile("aclanthology\\.org/((?:19|20)\\d{2})\\.[a-z]", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACL_OLD = Pattern.compile("aclanthology\\.org/[A-Z](\\d{2})-\\d{4}");
    private static final Pattern NATURE =
            Pattern.compile("nature\\.com/articles/s\\d{5}-0(\\d{2})-", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOI_YEAR = Pattern.compile(
            "(?:doi\\.org/|/doi/(?:abs/|full/|pdf/)?)10\\.\\d{4,9}/[^?#]*?[./]((?:19|20)\\d{2})[./]\\d",
            Pattern.CASE_INSENSITIVE);

    /** What an arXiv id of 20YY says, by YY: a preprint may precede the entry's year (its journal version) by one year. */
    private static final List<Optional<LinkYear>> ARXIV_YEARS = IntStream.range(0, 100)
            .mapToObj(yy -> Optional.of(new LinkYear(2000 + yy, "arXiv id of", 2000 + yy, 2001 + yy)))
            .toList();

    /** The year {@code url} encodes, if any. */
    public static Optional<LinkYear> of(String url) {
        // the host first, compared in place: every link of a list comes through here
        int hostStart = url.indexOf("://");
        hostStart = hostStart < 0 ? 0 : hostStart + 3;
        int hostEnd = url.indexOf('/', hostStart);
        hostEnd = hostEnd < 0 ? url.length() : hostEnd;
        boolean arxiv = hostIs(url, hostStart, hostEnd, "arxiv.org");
        boolean rxiv = hostIs(url, hostStart, hostEnd, "biorxiv.org") || hostIs(url, hostStart, hostEnd, "medrxiv.org");
        boolean acl = hostIs(url, hostStart, hostEnd, "aclanthology.org");
        boolean nature = hostIs(url, hostStart, hostEnd, "nature.com");
        boolean doi = url.indexOf("/10.", hostEnd) >= 0;
        if (!(arxiv || rxiv || acl || nature || doi)) {
            return Optional.empty();
        }
        Matcher m;
        if (arxiv) {
            int yymm = arxivYearMonth(url);
            if (yymm >= 0) {
                return ARXIV_YEARS.get(yymm / 100); // made once: half the links of a research list are arXiv's
            }
        }
        if (rxiv && (m = RXIV.matcher(url)).find()) {
            int year = Integer.parseInt(m.group(1));
            return Optional.of(new LinkYear(year, "preprint DOI of", year, year + 1));
        }
        if (acl && (m = ACL_NEW.matcher(url)).find()) {
            int year = Integer.parseInt(m.group(1));
            return Optional.of(new LinkYear(year, "ACL Anthology id of", year, year));
        }
        if (acl && (m = ACL_OLD.matcher(url)).find()) {
            int year = 2000 + Integer.parseInt(m.group(1));
            return Optional.of(new LinkYear(year, "ACL Anthology id of", year, year));
        }
        if (nature && (m = NATURE.matcher(url)).find()) {
            int year = 2000 + Integer.parseInt(m.group(1));
            // the id carries the year the DOI was assigned; the article may appear early the next year
            return Optional.of(new LinkYear(year, "Nature article id of", year, year + 1));
        }
        if (doi && (m = DOI_YEAR.matcher(url)).find()) {
            int year = Integer.parseInt(m.group(1));
            return Optional.of(new LinkYear(year, "DOI of", year, year + 1));
        }
        return Optional.empty();
    }

    /** The YYMM of a new-style arXiv id ({@code arxiv.org/abs/2304.14454}), or -1; parsed by hand, it is hot. */
    private static int arxivYearMonth(String url) {
        Matcher m = null;
        int at = url.indexOf("arxiv.org/abs/");
        if (at < 0) {
            at = url.indexOf("arxiv.org/pdf/");
        }
        if (at < 0) {
            m = ARXIV.matcher(url); // unusual case: upper case or other spelling
            return m.find() ? Integer.parseInt(m.group(1) + m.group(2)) : -1;
        }
        int i = at + "arxiv.org/abs/".length();
        if (i + 5 > url.length() || url.charAt(i + 4) != '.') {
            return -1;
        }
        int value = 0;
        for (int k = i; k < i + 4; k++) {
            char c = url.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Whether {@code url[start, end)} is {@code domain} or a subdomain of it, in any case. */
    private static boolean hostIs(String url, int start, int end, String domain) {
        int from = end - domain.length();
        return from >= start
                && Ascii.regionMatchesIgnoreCase(url, from, domain)
                && (from == start || url.charAt(from - 1) == '.');
    }

    public boolean agreesWith(int entryYear) {
        return entryYear >= earliestEntryYear && entryYear <= latestEntryYear;
    }
}
