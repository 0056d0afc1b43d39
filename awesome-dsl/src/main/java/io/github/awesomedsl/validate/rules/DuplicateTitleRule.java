package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Severity;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Each entry and link item appears once in the whole list: no two share a title (case and spacing aside). */
public final class DuplicateTitleRule implements Rule {

  @Override
  public String id() {
    return "duplicate-title";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "No two entries or link items share a title.";
  }

  @Override
  public void check(ListIndex list, Findings findings) {
    Map<String, ListIndex.ItemRef> first = new HashMap<>();
    for (ListIndex.ItemRef ref : list.items()) {
      String key = normalise(ref.item().title());
      if (key.isEmpty()) {
        continue; // blank-text reports it
      }
      ListIndex.ItemRef earlier = first.putIfAbsent(key, ref);
      if (earlier != null) {
        findings.report(ref.element(), "\"" + ref.item().title() + "\" is already listed at " + earlier.element().path()
            + " (" + earlier.element().location() + "); keep one of the two");
      }
    }
  }

  static String normalise(String title) {
    return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
