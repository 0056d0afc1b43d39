package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.internal.Duplicates;
import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Severity;
import java.util.List;

/**
 * Each page is linked once in the whole list (entries, tables, link items and paragraphs), by
 * {@linkplain CanonicalUrl canonical form}. URLs are compared by a 64-bit hash of that form, so a list of
 * any size is checked without holding a string per URL; a hash match is confirmed on the forms
 * themselves.
 */
public final class DuplicateUrlRule implements Rule {

  @Override
  public String id() {
    return "duplicate-url";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "Each page is linked once in the whole list; variants of one URL count as the same.";
  }

  @Override
  public void check(ListIndex list, Findings findings) {
    CanonicalUrl.Hasher hasher = new CanonicalUrl.Hasher();
    // blank URLs are url-syntax's to report; null leaves them out
    List<ListIndex.UrlRef> urls = list.urls().stream().map(ref -> ref.url().isBlank() ? null : ref).toList();
    Duplicates.forEach(urls, ref -> hasher.hashOf(ref.url()), ref -> CanonicalUrl.of(ref.url()),
        (ref, earlier) -> report(ref, earlier, findings));
  }

  private static void report(ListIndex.UrlRef ref, ListIndex.UrlRef earlier, Findings findings) {
    if (earlier.element() == ref.element()) {
      findings.report(ref.element(), "links " + ref.url() + " twice; remove one of the two links");
    } else {
      findings.report(
          ref.element(),
          "links " + ref.url() + ", which \"" + earlier.element().path() + "\" (" + earlier.element().location()
              + ") already links; keep the link on the entry it belongs to, or suppress this finding"
              + " with the reason both need it");
    }
  }
}
