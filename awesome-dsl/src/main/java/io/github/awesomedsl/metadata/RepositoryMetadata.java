package io.github.awesomedsl.metadata;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The metadata lock's content: what was fetched about the repositories a list links, by {@linkplain
 * GithubRepository#key() key}. Built by {@code awesome:metadata}; every other goal only reads it.
 */
public final class RepositoryMetadata {

    private static final RepositoryMetadata EMPTY = new RepositoryMetadata(Map.of());

    private final Map<String, RepositoryHealth> byKey;

    private RepositoryMetadata(Map<String, RepositoryHealth> byKey) {
        this.byKey = byKey;
    }

    /** No metadata: the list's build without a lock. */
    public static RepositoryMetadata empty() {
        return EMPTY;
    }

    public static RepositoryMetadata of(Collection<RepositoryHealth> repositories) {
        Map<String, RepositoryHealth> byKey = new TreeMap<>();
        for (RepositoryHealth health : repositories) {
            byKey.put(health.repository().key(), health);
        }
        return new RepositoryMetadata(Collections.unmodifiableMap(byKey));
    }

    /** What is known of the repository {@code url} links, if it links one and it was fetched. */
    public Optional<RepositoryHealth> find(String url) {
        if (byKey.isEmpty()) {
            return Optional.empty();
        }
        return GithubRepository.of(url).map(r -> byKey.get(r.key()));
    }

    public Optional<RepositoryHealth> get(GithubRepository repository) {
        return Optional.ofNullable(byKey.get(repository.key()));
    }

    /** Every repository, sorted by key. */
    public Collection<RepositoryHealth> repositories() {
        return byKey.values();
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }

    public int size() {
        return byKey.size();
    }
}
