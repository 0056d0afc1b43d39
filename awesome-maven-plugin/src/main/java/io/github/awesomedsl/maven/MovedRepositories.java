package io.github.awesomedsl.maven;

import io.github.awesomedsl.metadata.GithubRepository;
import io.github.awesomedsl.metadata.Metadata;
import java.util.Optional;

/** What awesome:fix writes for a link to a repository the metadata lock says was renamed or transferred. */
final class MovedRepositories {

    private MovedRepositories() {}

    /** {@code url} pointed at the repository's current owner and name, when the lock says it moved. */
    static Optional<String> newUrl(Metadata lock, String url) {
        return lock.find(url).flatMap(h -> h.movedTo()).map(to -> GithubRepository.relink(url, to));
    }
}
