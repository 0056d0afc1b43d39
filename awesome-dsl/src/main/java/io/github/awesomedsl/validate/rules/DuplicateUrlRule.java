package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Severity;
import java.util.HashMap;
import java.util.Map;

/** Each page is linked once in the whole list (entries, tables and link items), by canonical form. */
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
    Map<String, ListIndex.UrlRef> first = new HashMap<>();
    for (ListIndex.UrlRef ref : list.urls()) {
      if (ref.url().isBlank()) {
        continue; // url-syntax reports it
      }
      ListIndex.UrlRef earlier = first.putIfAbsent(CanonicalUrl.of(ref.url()), ref);
      if (earlier != null && earlier.element() != ref.element()) {
        findings.report(
            ref.element(),
            "links " + ref.url() + ", which \"" + earlier.element().path() + "\" (" + earlier.element().location()
                + ") already links; keep the link on the entry it belongs to, or suppress this finding"
                + " with the reason both need it");
      } else if (earlier != null) {
        findings.report(ref.element(), "links " + ref.url() + " twice; remove one of the two links");
      }
    }
  }
}
