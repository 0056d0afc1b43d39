package io.github.awesomedsl.model;

import java.util.Objects;

/**
 * A span of a free paragraph: plain text, a link, inline code, emphasis or strong emphasis. The renderer
 * escapes every span, so text never turns into markup by accident.
 */
public sealed interface Inline {

  /** The span's visible text (a link's label, code's content). */
  String text();

  static Inline text(String text) {
    return new Text(text);
  }

  static Inline link(String text, String url) {
    return new LinkSpan(text, url);
  }

  static Inline code(String code) {
    return new Code(code);
  }

  static Inline emphasis(String text) {
    return new Emphasis(text);
  }

  static Inline strong(String text) {
    return new Strong(text);
  }

  /**
   * Markdown written as it is, without escaping: what awesome:import could not map to the model (a
   * quote, a code block, HTML) is kept this way, so that nothing of an imported README is lost.
   */
  static Inline markdown(String markdown) {
    return new RawMarkdown(markdown);
  }

  record Text(String text) implements Inline {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  record LinkSpan(String text, String url) implements Inline {
    public LinkSpan {
      Objects.requireNonNull(text, "link text");
      Objects.requireNonNull(url, "link url");
    }
  }

  record Code(String text) implements Inline {
    public Code {
      Objects.requireNonNull(text, "code");
    }
  }

  record Emphasis(String text) implements Inline {
    public Emphasis {
      Objects.requireNonNull(text, "emphasis text");
    }
  }

  /** Markdown kept verbatim; its {@link #text()} is the Markdown itself. */
  record RawMarkdown(String text) implements Inline {
    public RawMarkdown {
      Objects.requireNonNull(text, "markdown");
    }
  }

  record Strong(String text) implements Inline {
    public Strong {
      Objects.requireNonNull(text, "strong text");
    }
  }
}
