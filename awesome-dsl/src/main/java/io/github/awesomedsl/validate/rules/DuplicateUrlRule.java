package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.internal.LongIntMap;
import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    List<ListIndex.UrlRef> urls = list.urls();
    LongIntMap byHash = new LongIntMap(urls.size());
    Map<String, ListIndex.UrlRef> collisions = null;
    CanonicalUrl.Hasher hasher = new CanonicalUrl.Hasher();
    for (int i = 0; i < urls.size(); i++) {
      ListIndex.UrlRef ref = urls.get(i);
      if (ref.url().isBlank()) {
        continue; // url-syntax reports it
      }
      int j = byHash.putIfAbsent(hasher.hashOf(ref.url()), i);
      if (j < 0) {
        continue;
      }
      ListIndex.UrlRef earlier = urls.get(j);
      String canonical = CanonicalUrl.of(ref.url());
      if (!canonical.equals(CanonicalUrl.of(earlier.url()))) {
        // two forms with one hash: settle it on the forms
        collisions = collisions == null ? new HashMap<>() : collisions;
        collisions.putIfAbsent(CanonicalUrl.of(earlier.url()), earlier);
        earlier = collisions.putIfAbsent(canonical, ref);
        if (earlier == null) {
          continue;
        }
      }
      report(ref, earlier, findings);
    }
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
