package io.github.awesomedsl.maven.output.code;

import com.palantir.javapoet.CodeBlock;
import io.github.awesomedsl.model.Inline;
import io.github.awesomedsl.model.RichText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Rich text as Java calls: each span is the call of the same name on {@code Inline}, on the DSL and on
 * {@code RichText} ({@code text("Uses ")}, {@code link("B", "https://…")}, …), so the catalog writes
 * {@code Inline.link(…)} and imported source writes the fluent {@code text("Uses ").link(…)}.
 */
final class InlineCalls {

    private InlineCalls() {}

    /** {@code link("B", "https://b.example")}: a span's call, without a receiver. */
    static CodeBlock call(Inline inline) {
        return call(inline, JavaText::literal);
    }

    /** {@code link("B", "https://b.example")}, its strings written by {@code literal}. */
    static CodeBlock call(Inline inline, Function<String, CodeBlock> literal) {
        if (inline instanceof Inline.LinkSpan l) {
            return CodeBlock.of("link($L, $L)", literal.apply(l.text()), literal.apply(l.url()));
        } else if (inline instanceof Inline.Code c) {
            return CodeBlock.of("code($L)", literal.apply(c.text()));
        } else if (inline instanceof Inline.Emphasis e) {
            return CodeBlock.of("emphasis($L)", literal.apply(e.text()));
        } else if (inline instanceof Inline.Strong s) {
            return CodeBlock.of("strong($L)", literal.apply(s.text()));
        } else if (inline instanceof Inline.Strikethrough s) {
            return CodeBlock.of("strikethrough($L)", literal.apply(s.text()));
        } else if (inline instanceof Inline.Image i) {
            return i.target().isEmpty()
                    ? CodeBlock.of("image($L, $L)", literal.apply(i.text()), literal.apply(i.url()))
                    : CodeBlock.of(
                            "badge($L, $L, $L)",
                            literal.apply(i.text()),
                            literal.apply(i.url()),
                            literal.apply(i.target()));
        } else if (inline instanceof Inline.LineBreak) {
            return CodeBlock.of("lineBreak()");
        } else if (inline instanceof Inline.RawMarkdown r) {
            return CodeBlock.of("markdown($L)", literal.apply(r.text()));
        }
        return CodeBlock.of("text($L)", literal.apply(inline.text()));
    }

    /** {@code text("Uses ").link("B", "https://…").text(".")}: the DSL's fluent form of {@code inlines}. */
    static CodeBlock chain(List<Inline> inlines) {
        return chain(inlines, JavaText::literal, Integer.MAX_VALUE);
    }

    /**
     * The fluent form, its strings written by {@code literal}; past {@code oneLine} characters, each
     * span after the first goes on a line of its own.
     */
    static CodeBlock chain(List<Inline> inlines, Function<String, CodeBlock> literal, int oneLine) {
        if (inlines.isEmpty()) {
            return CodeBlock.of("text($S)", "");
        }
        List<CodeBlock> calls = new ArrayList<>();
        int length = 0;
        for (Inline inline : inlines) {
            CodeBlock call = call(inline, literal);
            length += call.toString().length() + 1;
            calls.add(call);
        }
        if (length <= oneLine) {
            return CodeBlock.join(calls, ".");
        }
        CodeBlock.Builder code =
                CodeBlock.builder().add("$L", calls.get(0)).indent().indent();
        for (CodeBlock call : calls.subList(1, calls.size())) {
            code.add("\n.$L", call);
        }
        return code.unindent().unindent().build();
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
