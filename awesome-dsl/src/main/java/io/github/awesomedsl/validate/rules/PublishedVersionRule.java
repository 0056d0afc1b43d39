package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.metadata.Metadata;
import io.github.awesomedsl.metadata.PaperRecord;
import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.Link;
import io.github.awesomedsl.model.PaperId;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Severity;
import java.util.Optional;

/** An arXiv entry whose paper arXiv records as published: its readers may want the published version. */
public final class PublishedVersionRule extends PaperRule {

    public PublishedVersionRule(Metadata metadata) {
        super(metadata);
    }

    @Override
    public String id() {
        return "published-version";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String description() {
        return "An arXiv entry whose paper has a published version says so (from the metadata lock).";
    }

    @Override
    Optional<String> problem(Entry entry, Link link, PaperRecord paper, ListIndex.Element element) {
        if (paper.id().scheme() != PaperId.Scheme.ARXIV || paper.publishedDoi().isEmpty()) {
            return Optional.empty();
        }
        String doi = paper.publishedDoi().get();
        boolean linked = entry.links().stream()
                .anyMatch(l -> PaperId.of(l.url())
                        .filter(id ->
                                id.scheme() == PaperId.Scheme.DOI && id.id().equalsIgnoreCase(doi))
                        .isPresent());
        if (linked) {
            return Optional.empty();
        }
        return Optional.of(paper.id() + " was published"
                + paper.venue().map(v -> " in " + v).orElse("") + " as doi:" + doi + " (" + source(paper) + "); "
                + (element.fromMarkdown()
                        ? "consider linking https://doi.org/" + doi + " and its venue"
                        : "consider .paper(doi(\"" + doi + "\")) and its venue"));
    }
}
