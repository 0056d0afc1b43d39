package io.github.awesomedsl.metadata;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The metadata lock's content: what was fetched about the repositories a list links, by {@linkplain
 * GithubRepository#key() key}, and about its papers, by {@linkplain PaperRecord#key() identifier}. Built by
 * {@code awesome:metadata}; every other goal only reads it.
 */
public final class Metadata {

    private static final Metadata EMPTY = new Metadata(Map.of(), Map.of());

    private final Map<String, RepositoryHealth> byKey;
    private final Map<String, PaperRecord> papers;

    private Metadata(Map<String, RepositoryHealth> byKey, Map<String, PaperRecord> papers) {
        this.byKey = byKey;
        this.papers = papers;
    }

    /** No metadata: the list's build without a lock. */
    public static Metadata empty() {
        return EMPTY;
    }

    public static Metadata of(Collection<RepositoryHealth> repositories) {
        return of(repositories, java.util.List.of());
    }

    public static Metadata of(Collection<RepositoryHealth> repositories, Collection<PaperRecord> papers) {
        Map<String, RepositoryHealth> byKey = new TreeMap<>();
        for (RepositoryHealth health : repositories) {
            byKey.put(health.repository().key(), health);
        }
        Map<String, PaperRecord> byId = new TreeMap<>();
        for (PaperRecord paper : papers) {
            byId.put(paper.key(), paper);
        }
        return new Metadata(Collections.unmodifiableMap(byKey), Collections.unmodifiableMap(byId));
    }

    /** What is known of the paper {@code url} links, if it links one by an identifier and it was fetched. */
    public Optional<PaperRecord> paper(String url) {
        if (papers.isEmpty()) {
            return Optional.empty();
        }
        return io.github.awesomedsl.model.PaperId.of(url).map(id -> papers.get(PaperRecord.key(id)));
    }

    public Optional<PaperRecord> paper(io.github.awesomedsl.model.PaperId id) {
        return Optional.ofNullable(papers.get(PaperRecord.key(id)));
    }

    /** Every paper, sorted by key. */
    public Collection<PaperRecord> papers() {
        return papers.values();
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

    /** Whether it holds nothing at all, repositories or papers. */
    public boolean isEmpty() {
        return byKey.isEmpty() && papers.isEmpty();
    }

    public int size() {
        return byKey.size();
    }
}
