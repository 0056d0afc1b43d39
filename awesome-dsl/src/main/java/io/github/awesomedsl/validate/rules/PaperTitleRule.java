package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.metadata.Metadata;
import io.github.awesomedsl.metadata.PaperRecord;
import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.Link;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Severity;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * An entry's title is its paper's title, case, accents and punctuation aside (a list may write
 * "Pmc-llama: towards…" for "PMC-LLaMA: Towards…"): a different title usually means the link is another
 * paper's.
 */
public final class PaperTitleRule extends PaperRule {

    public PaperTitleRule(Metadata metadata) {
        super(metadata);
    }

    @Override
    public String id() {
        return "paper-title";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "An entry's title is its paper's title, case and punctuation aside (from the metadata lock).";
    }

    @Override
    Optional<String> problem(Entry entry, Link link, PaperRecord paper, ListIndex.Element element) {
        if (paper.title().isEmpty()
                || comparable(entry.title()).equals(comparable(paper.title().get()))) {
            return Optional.empty();
        }
        return Optional.of("the entry's title differs from the title " + source(paper) + " gives " + paper.id()
                + ": \"" + paper.title().get() + "\"; use the paper's title, correct the link if it is another"
                + " paper's, or suppress this if the list names the paper otherwise on purpose");
    }

    /** Letters and digits only, lower case, accents dropped. */
    static String comparable(String title) {
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(folded.length());
        folded.toLowerCase(Locale.ROOT)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
