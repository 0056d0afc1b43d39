package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.metadata.Metadata;
import io.github.awesomedsl.metadata.PaperRecord;
import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.Link;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Severity;
import java.util.Optional;

/** No entry recommends a retracted or withdrawn paper. */
public final class RetractedRule extends PaperRule {

    public RetractedRule(Metadata metadata) {
        super(metadata);
    }

    @Override
    public String id() {
        return "retracted";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "No entry links a retracted or withdrawn paper (from the metadata lock).";
    }

    @Override
    Optional<String> problem(Entry entry, Link link, PaperRecord paper, ListIndex.Element element) {
        if (!paper.retracted()) {
            return Optional.empty();
        }
        return Optional.of(paper.id() + " has been retracted or withdrawn ("
                + paper.notice().orElse("no notice given") + "; " + source(paper)
                + "); remove the entry, or keep it with a suppression that says why");
    }
}
