package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.metadata.GithubRepository;
import io.github.awesomedsl.metadata.Metadata;
import io.github.awesomedsl.metadata.RepositoryHealth;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Severity;
import java.util.Optional;

/**
 * A linked repository is linked under its current name. GitHub redirects a renamed or transferred
 * repository's old URL only until someone creates a repository of the old name, which then takes the
 * link over: a hijack no reader would notice.
 */
public final class MovedRepoRule extends RepositoryRule {

    public MovedRepoRule(Metadata metadata) {
        super(metadata);
    }

    @Override
    public String id() {
        return "moved-repo";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "A linked GitHub repository is linked under its current owner and name (from the metadata lock).";
    }

    @Override
    Optional<String> problem(String url, RepositoryHealth health, ListIndex.Element element) {
        return health.movedTo()
                .map(to -> "links " + url + ", but the repository is now " + to.fullName()
                        + " (renamed or transferred; " + fetched(health)
                        + "), and the old URL redirects only until someone"
                        + " takes the old name; "
                        + (element.fromMarkdown()
                                ? "awesome:fix rewrites it to " + GithubRepository.relink(url, to)
                                : "change the URL in the list source to " + GithubRepository.relink(url, to)));
    }
}
