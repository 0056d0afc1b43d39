package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.model.RichText;
import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Severity;
import java.util.Optional;

/**
 * Descriptions follow awesome-lint's list-item conventions: the first word is capitalised (or written
 * in a deliberate case such as {@code iOS} or {@code macOS}), and the description ends
 * with {@code .} or {@code !}.
 */
public final class DescriptionStyleRule implements Rule {

  @Override
  public String id() {
    return "description-style";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "Descriptions start with a capital (or a deliberately cased word) and end with . or !";
  }

  @Override
  public Check begin(ListIndex list, Findings findings) {
    return slice -> check(slice, findings);
  }

  private static void check(ListIndex.Slice slice, Findings findings) {
    for (ListIndex.ItemRef ref : slice.items()) {
      Optional<String> description = ref.item().description().map(RichText::plainText);
      if (description.isEmpty() || description.get().isBlank()) {
        continue;
      }
      String text = description.get().strip();
      int space = 0;
      while (space < text.length() && !Character.isWhitespace(text.charAt(space))) {
        space++;
      }
      if (isAllLowercaseWord(text, space)) { // checked in place: every description comes through here
        String firstWord = text.substring(0, space);
        findings.report(ref.element(), "the description starts with \"" + firstWord + "\"; start it with a capital: \""
            + Character.toUpperCase(firstWord.charAt(0)) + firstWord.substring(1) + "\"");
      }
      char last = text.charAt(text.length() - 1);
      if (last != '.' && last != '!') {
        findings.report(ref.element(), "the description ends with \"" + last + "\"; end it with . or ! (awesome-lint asks for it)");
      }
    }
  }

  /** {@code text}'s first {@code end} characters are lowercase letters only: "tool" is flagged; "iOS", "npm2", "macOS" and "x86" are deliberate casing or not words. */
  private static boolean isAllLowercaseWord(String text, int end) {
    if (end == 0 || !Character.isLowerCase(text.charAt(0))) {
      return false;
    }
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (!(Character.isLowerCase(c) || c == '-' || c == '\'' || c == ',' || c == ':')) {
        return false;
      }
    }
    return true;
  }
}
