package io.github.awesomedsl.maven.codegen;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import javax.lang.model.SourceVersion;

/**
 * Java names for generated catalog members, derived from titles: constants in {@code UPPER_SNAKE_CASE}
 * ({@code "MedCPT: A method for …"} → {@code MEDCPT}), classes in {@code UpperCamelCase}
 * ({@code "LFM methods in healthcare"} → {@code LfmMethodsInHealthcare}). Accents are dropped, anything
 * that cannot be in a name becomes a word break, a leading digit gets a letter in front.
 *
 * <p>One instance per scope (a class's members): a name taken before gets a suffix made from the
 * element's own content, not from its position, so adding other entries never renames it; only the
 * first of several equal names keeps the plain form.
 */
final class JavaNames {

  private final Set<String> taken = new HashSet<>();

  /** Reserves a name (for example the enclosing classes' names, which nested ones may not repeat). */
  void reserve(String name) {
    taken.add(name);
  }

  /** A unique constant name for {@code title} (or its explicit {@code id}); {@code identity} seeds the suffix. */
  String constant(String title, String identity) {
    return unique(constantBase(title), identity);
  }

  /** A unique class name for a section title. */
  String type(String title, String identity) {
    return unique(typeBase(title), identity);
  }

  private String unique(String base, String identity) {
    String name = base;
    if (!taken.add(name)) {
      name = base + "_" + suffix(identity);
      for (int n = 2; !taken.add(name); n++) {
        name = base + "_" + suffix(identity) + "_" + n;
      }
    }
    return name;
  }

  /** {@code MEDCPT} for "MedCPT: A method …": the short name before a colon, else the whole title. */
  static String constantBase(String title) {
    String t = title.strip();
    int colon = t.indexOf(':');
    if (colon > 0 && colon <= 48) {
      t = t.substring(0, colon);
    }
    StringBuilder out = new StringBuilder();
    for (String word : words(t)) {
      if (out.length() > 0) {
        out.append('_');
      }
      out.append(word.toUpperCase(Locale.ROOT));
      if (out.length() > 60) {
        break;
      }
    }
    return legal(out.toString(), "ENTRY");
  }

  /** {@code LfmMethodsInHealthcare} for "LFM methods in healthcare". */
  static String typeBase(String title) {
    StringBuilder out = new StringBuilder();
    for (String word : words(title)) {
      out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return legal(out.toString(), "Section");
  }

  private static String[] words(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    StringBuilder cleaned = new StringBuilder(ascii.length());
    for (int i = 0; i < ascii.length(); ) {
      int c = ascii.codePointAt(i);
      i += Character.charCount(c);
      cleaned.appendCodePoint(Character.isLetterOrDigit(c) && Character.isJavaIdentifierPart(c) ? c : ' ');
    }
    String s = cleaned.toString().strip();
    return s.isEmpty() ? new String[0] : s.split(" +");
  }

  private static String legal(String name, String fallback) {
    if (name.isEmpty()) {
      return fallback;
    }
    if (!Character.isJavaIdentifierStart(name.codePointAt(0))) {
      name = "N" + name; // "10x Genomics" → N10X_GENOMICS
    }
    return SourceVersion.isKeyword(name) ? name + "_" : name;
  }

  /** Four hex digits of a CRC of the element's content: the same content, the same suffix. */
  private static String suffix(String identity) {
    CRC32 crc = new CRC32();
    crc.update(identity.getBytes(StandardCharsets.UTF_8));
    return String.format("%04X", crc.getValue() & 0xFFFF);
  }
}
