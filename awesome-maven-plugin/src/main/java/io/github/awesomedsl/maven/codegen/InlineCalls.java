package io.github.awesomedsl.maven.codegen;

import com.palantir.javapoet.CodeBlock;
import io.github.awesomedsl.model.Inline;
import io.github.awesomedsl.model.RichText;
import java.util.ArrayList;
import java.util.List;

/**
 * Rich text as Java calls: each span is the call of the same name on {@code Inline}, on the DSL and on
 * {@code RichText} ({@code text("Uses ")}, {@code link("B", "https://…")}, …), so the catalog writes
 * {@code Inline.link(…)} and imported source writes the fluent {@code text("Uses ").link(…)}.
 */
final class InlineCalls {

  private InlineCalls() {}

  /** {@code link("B", "https://b.example")}: a span's call, without a receiver. */
  static CodeBlock call(Inline inline) {
    if (inline instanceof Inline.LinkSpan l) {
      return CodeBlock.of("link($L, $L)", JavaText.literal(l.text()), JavaText.literal(l.url()));
    } else if (inline instanceof Inline.Code c) {
      return CodeBlock.of("code($L)", JavaText.literal(c.text()));
    } else if (inline instanceof Inline.Emphasis e) {
      return CodeBlock.of("emphasis($L)", JavaText.literal(e.text()));
    } else if (inline instanceof Inline.Strong s) {
      return CodeBlock.of("strong($L)", JavaText.literal(s.text()));
    } else if (inline instanceof Inline.Strikethrough s) {
      return CodeBlock.of("strikethrough($L)", JavaText.literal(s.text()));
    } else if (inline instanceof Inline.Image i) {
      return i.target().isEmpty()
          ? CodeBlock.of("image($L, $L)", JavaText.literal(i.text()), JavaText.literal(i.url()))
          : CodeBlock.of("badge($L, $L, $L)", JavaText.literal(i.text()), JavaText.literal(i.url()), JavaText.literal(i.target()));
    } else if (inline instanceof Inline.LineBreak) {
      return CodeBlock.of("lineBreak()");
    } else if (inline instanceof Inline.RawMarkdown r) {
      return CodeBlock.of("markdown($L)", JavaText.literal(r.text()));
    }
    return CodeBlock.of("text($L)", JavaText.literal(inline.text()));
  }

  /** {@code text("Uses ").link("B", "https://…").text(".")}: the DSL's fluent form of {@code inlines}. */
  static CodeBlock chain(List<Inline> inlines) {
    if (inlines.isEmpty()) {
      return CodeBlock.of("text($S)", "");
    }
    List<CodeBlock> calls = new ArrayList<>();
    for (Inline inline : inlines) {
      calls.add(call(inline));
    }
    return CodeBlock.join(calls, ".");
  }

  /** {@code RichText.of("…")} for plain text, else {@code new RichText(List.of(Inline.text(…), …))}. */
  static CodeBlock value(RichText text) {
    if (text.inlines().size() == 1 && text.inlines().get(0) instanceof Inline.Text plain) {
      return CodeBlock.of("$T.of($L)", RichText.class, JavaText.literal(plain.text()));
    }
    List<CodeBlock> spans = new ArrayList<>();
    for (Inline inline : text.inlines()) {
      spans.add(CodeBlock.of("$T.$L", Inline.class, call(inline)));
    }
    return CodeBlock.of("new $T($T.of($L))", RichText.class, List.class, CodeBlock.join(spans, ", "));
  }
}
