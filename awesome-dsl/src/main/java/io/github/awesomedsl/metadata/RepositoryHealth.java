package io.github.awesomedsl.metadata;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the metadata lock knows of one GitHub repository, as the repository host reported it when it was
 * fetched. Every string here came from a third party: it is data, never markup or code.
 *
 * @param repository the repository as the list links it
 * @param fetched when it was fetched
 * @param missing the host answered that it does not exist (deleted, private, or a typo); the other
 *     fields are then empty
 * @param fullName {@code owner/name} as the host names it now: another owner or name than the link's means
 *     it was renamed or transferred
 * @param stars stargazers
 * @param forks forks
 * @param openIssues open issues
 * @param pushed the last push to any branch
 * @param archived archived by its owners (read-only)
 * @param disabled disabled by the host
 * @param license the SPDX id of its licence as the host detected it ({@code NOASSERTION} for one it could
 *     not identify); empty when it declares none
 * @param description its one-line description
 * @param language its primary language
 */
public record RepositoryHealth(
        GithubRepository repository,
        Instant fetched,
        boolean missing,
        String fullName,
        long stars,
        long forks,
        long openIssues,
        Optional<Instant> pushed,
        boolean archived,
        boolean disabled,
        Optional<String> license,
        Optional<String> description,
        Optional<String> language) {

    public RepositoryHealth {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(fetched, "fetched");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(pushed, "pushed");
        Objects.requireNonNull(license, "license");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(language, "language");
    }

    /** A repository the host says does not exist. */
    public static RepositoryHealth missing(GithubRepository repository, Instant fetched) {
        return new RepositoryHealth(
                repository,
                fetched,
                true,
                repository.fullName(),
                0,
                0,
                0,
                Optional.empty(),
                false,
                false,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /**
     * Where the repository lives now when it was renamed or moved to another owner: GitHub redirects the
     * old URL, but only until someone takes the old name.
     */
    public Optional<GithubRepository> movedTo() {
        if (missing || fullName.equalsIgnoreCase(repository.fullName())) {
            return Optional.empty();
        }
        int slash = fullName.indexOf('/');
        try {
            return Optional.of(new GithubRepository(fullName.substring(0, slash), fullName.substring(slash + 1)));
        } catch (RuntimeException notAName) {
            return Optional.empty(); // a lock edited by hand: no move is claimed on a name GitHub cannot have
        }
    }
}
