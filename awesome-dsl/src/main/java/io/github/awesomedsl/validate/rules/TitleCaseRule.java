package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Severity;
import java.util.Locale;
import java.util.Set;

/**
 * The list's title is {@code Awesome X} in title case, as awesome-lint demands: it starts with
 * "Awesome", words are separated by spaces (not hyphens standing for spaces), and every word but the
 * small ones (a, an, the, and, of, for, in, …) starts with a capital.
 */
public final class TitleCaseRule implements Rule {

  private static final Set<String> SMALL_WORDS = Set.of(
      "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
      "per", "to", "up", "via", "vs", "with", "from", "into");

  @Override
  public String id() {
    return "title-case";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "The list's title is \"Awesome X\" in title case.";
  }

  @Override
  public Check begin(ListIndex list, Findings findings) {
    return Rule.atEnd(() -> check(list, findings));
  }

  private static void check(ListIndex list, Findings findings) {
    String title = list.list().title().strip();
    if (title.isEmpty()) {
      return; // blank-text reports it
    }
    if (!title.startsWith("Awesome")) {
      findings.report(list.listElement(), "the title \"" + title + "\" should start with \"Awesome\", e.g. \"Awesome " + title + "\"");
      return;
    }
    if (!title.contains(" ") && title.contains("-")) {
      findings.report(list.listElement(), "the title \"" + title + "\" uses hyphens for spaces; write \"" + title.replace('-', ' ') + "\"");
      return;
    }
    String[] words = title.split(" +");
    for (int i = 1; i < words.length; i++) {
      String word = words[i];
      boolean small = SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT)) && i < words.length - 1;
      if (!small && !word.isEmpty() && Character.isLowerCase(word.codePointAt(0))) {
        findings.report(list.listElement(), "the title \"" + title + "\" is not in title case: capitalise \"" + word + "\"");
        return;
      }
    }
  }
}
