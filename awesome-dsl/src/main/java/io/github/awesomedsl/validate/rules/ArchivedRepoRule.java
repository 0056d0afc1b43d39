package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.metadata.Metadata;
import io.github.awesomedsl.metadata.RepositoryHealth;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Severity;
import java.util.Optional;

/** A linked repository is not archived: its owners made it read-only, so readers should know. */
public final class ArchivedRepoRule extends RepositoryRule {

    public ArchivedRepoRule(Metadata metadata) {
        super(metadata);
    }

    @Override
    public String id() {
        return "archived-repo";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "A linked GitHub repository is not archived or disabled (from the metadata lock).";
    }

    @Override
    Optional<String> problem(String url, RepositoryHealth health, ListIndex.Element element) {
        if (!health.archived() && !health.disabled()) {
            return Optional.empty();
        }
        return Optional.of("links " + url + ", which its owners "
                + (health.disabled() ? "cannot use: GitHub has disabled it" : "have archived (read-only)")
                + " (" + fetched(health) + "); remove the entry, point it at a maintained fork or successor, or "
                + (element.fromMarkdown()
                        ? "silence it with <!--lint ignore archived-repo--> if it stays for a reason"
                        : "suppress(\"archived-repo\", \"<why it stays>\")"));
    }
}
