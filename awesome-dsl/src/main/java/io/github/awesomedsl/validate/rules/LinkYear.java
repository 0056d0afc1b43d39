package io.github.awesomedsl.validate.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication year a link encodes, and how far the entry's year may be from it.
 *
 * @param year the year in the link
 * @param source what encodes it ("arXiv id 2304.14454"), for messages
 * @param earliestEntryYear the first entry year that agrees with it
 * @param latestEntryYear the last entry year that agrees with it
 */
record LinkYear(int year, String source, int earliestEntryYear, int latestEntryYear) {

  private static final Pattern ARXIV = Pattern.compile("arxiv\\.org/(?:abs|pdf)/(\\d{2})(\\d{2})\\.\\d{4,5}", Pattern.CASE_INSENSITIVE);
  private static final Pattern RXIV =
      Pattern.compile("(?:bio|med)rxiv\\.org/content/10\\.1101/((?:19|20)\\d{2})\\.\\d{2}\\.\\d{2}", Pattern.CASE_INSENSITIVE);
  private static final Pattern ACL_NEW = Pattern.compile("aclanthology\\.org/((?:19|20)\\d{2})\\.[a-z]", Pattern.CASE_INSENSITIVE);
  private static final Pattern ACL_OLD = Pattern.compile("aclanthology\\.org/[A-Z](\\d{2})-\\d{4}");
  private static final Pattern NATURE = Pattern.compile("nature\\.com/articles/s\\d{5}-0(\\d{2})-", Pattern.CASE_INSENSITIVE);
  private static final Pattern DOI_YEAR =
      Pattern.compile("(?:doi\\.org/|/doi/(?:abs/|full/|pdf/)?)10\\.\\d{4,9}/[^?#]*?[./]((?:19|20)\\d{2})[./]\\d", Pattern.CASE_INSENSITIVE);

  /** The year {@code url} encodes, if any. */
  static Optional<LinkYear> of(String url) {
    Matcher m;
    if ((m = ARXIV.matcher(url)).find()) {
      int year = 2000 + Integer.parseInt(m.group(1));
      // a preprint may precede the entry's year (its journal version) by one year
      return Optional.of(new LinkYear(year, "arXiv id " + m.group(1) + m.group(2), year, year + 1));
    }
    if ((m = RXIV.matcher(url)).find()) {
      int year = Integer.parseInt(m.group(1));
      return Optional.of(new LinkYear(year, "preprint DOI 10.1101/" + year, year, year + 1));
    }
    if ((m = ACL_NEW.matcher(url)).find()) {
      int year = Integer.parseInt(m.group(1));
      return Optional.of(new LinkYear(year, "ACL Anthology id " + year, year, year));
    }
    if ((m = ACL_OLD.matcher(url)).find()) {
      int year = 2000 + Integer.parseInt(m.group(1));
      return Optional.of(new LinkYear(year, "ACL Anthology id of " + year, year, year));
    }
    if ((m = NATURE.matcher(url)).find()) {
      int year = 2000 + Integer.parseInt(m.group(1));
      // the id carries the year the DOI was assigned; the article may appear early the next year
      return Optional.of(new LinkYear(year, "Nature article id of " + year, year, year + 1));
    }
    if ((m = DOI_YEAR.matcher(url)).find()) {
      int year = Integer.parseInt(m.group(1));
      return Optional.of(new LinkYear(year, "DOI with the year " + year, year, year + 1));
    }
    return Optional.empty();
  }

  boolean agreesWith(int entryYear) {
    return entryYear >= earliestEntryYear && entryYear <= latestEntryYear;
  }
}
