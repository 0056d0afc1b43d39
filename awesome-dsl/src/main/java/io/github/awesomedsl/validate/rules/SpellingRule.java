package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Proper names are spelled as their owners spell them: GitHub, JavaScript, arXiv, bioRxiv, PubMed,
 * macOS, … (awesome-lint's spell-check words, plus those of research lists). Only whole words are
 * checked, and only in text: URLs are never touched. Words that are also ordinary English (llama,
 * swift) are left alone, so the rule does not cry wolf.
 */
public final class SpellingRule implements Rule {

  private static final List<String> NAMES = List.of(
      "GitHub", "GitLab", "Bitbucket", "JavaScript", "TypeScript", "CoffeeScript", "Node.js", "npm", "macOS",
      "iOS", "iPadOS", "watchOS", "tvOS", "Xcode", "YouTube", "LinkedIn", "PostgreSQL", "MySQL", "MongoDB", "SQLite",
      "GraphQL", "WebAssembly", "WordPress", "PyTorch", "TensorFlow", "NumPy", "SciPy", "scikit-learn", "Jupyter",
      "LaTeX", "OpenAI", "ChatGPT", "arXiv", "bioRxiv", "medRxiv", "PubMed", "PubMedBERT", "BioBERT", "HuggingFace",
      "OpenJDK", "IntelliJ", "JetBrains", "VS Code", "Kubernetes", "DevOps", "OAuth", "JSON", "YAML", "HTML", "CSS",
      "Wi-Fi", "Stack Overflow");

  /** Lowercased form to proper form; one entry per name. */
  private static final Map<String, String> BY_LOWERCASE = new HashMap<>();

  static {
    for (String name : NAMES) {
      BY_LOWERCASE.put(name.toLowerCase(Locale.ROOT), name);
    }
  }

  @Override
  public String id() {
    return "spelling";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "Proper names are spelled as their owners spell them (GitHub, JavaScript, arXiv, …).";
  }

  @Override
  public void check(ListIndex list, Findings findings) {
    for (ListIndex.TextRef ref : list.texts()) {
      String text = ref.text();
      int i = 0;
      while (i < text.length()) {
        if (!isWordChar(text.charAt(i))) {
          i++;
          continue;
        }
        int start = i;
        while (i < text.length() && (isWordChar(text.charAt(i)) || isInnerJoin(text, i))) {
          i++;
        }
        String word = text.substring(start, i);
        String proper = BY_LOWERCASE.get(word.toLowerCase(Locale.ROOT));
        if (proper == null && i + 1 < text.length() && text.charAt(i) == ' ') {
          // two-word names: "Stack Overflow", "VS Code"
          int end = i + 1;
          while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
          }
          String pair = text.substring(start, end);
          String properPair = BY_LOWERCASE.get(pair.toLowerCase(Locale.ROOT));
          if (properPair != null) {
            word = pair;
            proper = properPair;
          }
        }
        if (proper != null && !proper.equals(word)) {
          findings.report(ref.element(), "the " + ref.field() + " writes \"" + word + "\"; the name is spelled \"" + proper + "\"");
        }
      }
    }
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  /** "Node.js", "scikit-learn", "Wi-Fi": a dot or hyphen between word characters stays in the word. */
  private static boolean isInnerJoin(String text, int i) {
    char c = text.charAt(i);
    return (c == '.' || c == '-') && i + 1 < text.length() && isWordChar(text.charAt(i + 1)) && i > 0
        && isWordChar(text.charAt(i - 1));
  }
}
