package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.metadata.Metadata;
import io.github.awesomedsl.metadata.PaperRecord;
import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.Link;
import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A rule over the papers of the metadata lock: each entry's first link to a paper the lock holds (by
 * identifier) is checked against what arXiv or Crossref said of it. Without a lock nothing is reported.
 */
abstract class PaperRule implements Rule {

    private final Metadata metadata;

    PaperRule(Metadata metadata) {
        this.metadata = metadata;
    }

    /** What is wrong with the entry given what the lock says of its paper, if anything: the whole message. */
    abstract Optional<String> problem(Entry entry, Link link, PaperRecord paper, ListIndex.Element element);

    @Override
    public final Check begin(ListIndex list, Findings findings) {
        if (metadata.papers().isEmpty()) {
            return new Check() {};
        }
        return new Check() {
            @Override
            public void item(ListIndex.ItemRef ref) {
                if (!(ref.item() instanceof Entry entry)) {
                    return;
                }
                for (Link link : entry.links()) {
                    Optional<PaperRecord> paper = metadata.paper(link.url());
                    if (paper.isPresent() && !paper.get().missing()) {
                        problem(entry, link, paper.get(), ref.element())
                                .ifPresent(message -> findings.report(ref.element(), message));
                        break;
                    }
                }
            }
        };
    }

    /** {@code arXiv (fetched 2026-11-30)}: where the evidence comes from and how old it is. */
    static String source(PaperRecord paper) {
        String service = switch (paper.id().scheme()) {
            case ARXIV -> "arXiv";
            default -> "Crossref";
        };
        return service + " (fetched " + paper.fetched().atZone(ZoneOffset.UTC).toLocalDate() + ")";
    }
}
