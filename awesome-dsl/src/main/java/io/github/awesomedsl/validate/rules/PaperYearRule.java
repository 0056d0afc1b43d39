package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.metadata.Metadata;
import io.github.awesomedsl.metadata.PaperRecord;
import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.Link;
import io.github.awesomedsl.model.PaperId;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Severity;
import java.util.Optional;

/**
 * An entry's year agrees with its paper's publication date in the metadata lock. A preprint's date is its
 * first version, so the entry may be a year younger (the published version came later); a journal's date may
 * be its print issue, so the entry may be a year older (online first).
 */
public final class PaperYearRule extends PaperRule {

    public PaperYearRule(Metadata metadata) {
        super(metadata);
    }

    @Override
    public String id() {
        return "paper-year";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "An entry's year agrees with its paper's publication date (from the metadata lock).";
    }

    @Override
    Optional<String> problem(Entry entry, Link link, PaperRecord paper, ListIndex.Element element) {
        if (entry.year().isEmpty() || paper.year().isEmpty()) {
            return Optional.empty();
        }
        int year = entry.year().getAsInt();
        int published = paper.year().getAsInt();
        boolean preprint = paper.id().scheme() == PaperId.Scheme.ARXIV
                || paper.id().scheme() == PaperId.Scheme.BIORXIV
                || paper.id().scheme() == PaperId.Scheme.MEDRXIV;
        boolean agrees =
                preprint ? year == published || year == published + 1 : year == published || year == published - 1;
        if (agrees) {
            return Optional.empty();
        }
        return Optional.of("the entry is dated " + year + ", but " + source(paper) + " dates " + paper.id() + " to "
                + paper.published().orElseThrow() + "; "
                + (element.fromMarkdown() ? "correct its year to " + published : "correct .year(" + published + ")")
                + " or the link if it belongs to another work");
    }
}
