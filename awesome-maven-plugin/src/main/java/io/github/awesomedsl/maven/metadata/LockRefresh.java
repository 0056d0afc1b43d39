package io.github.awesomedsl.maven.metadata;

import io.github.awesomedsl.metadata.GithubRepository;
import io.github.awesomedsl.metadata.Metadata;
import io.github.awesomedsl.metadata.PaperRecord;
import io.github.awesomedsl.metadata.RepositoryHealth;
import io.github.awesomedsl.model.PaperId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which linked repositories a refresh asks for (those the lock lacks or has older than the maximum age),
 * and the lock after it: what was fetched, else what the lock had; repositories the list no longer links
 * are dropped, so the lock holds exactly the list's repositories.
 */
public final class LockRefresh {

    private LockRefresh() {}

    /** The distinct repositories {@code urls} link, in order of first appearance. */
    public static List<GithubRepository> linked(Collection<String> urls) {
        Map<String, GithubRepository> byKey = new LinkedHashMap<>();
        for (String url : urls) {
            GithubRepository.of(url).ifPresent(r -> byKey.putIfAbsent(r.key(), r));
        }
        return List.copyOf(byKey.values());
    }

    /** The repositories to fetch: not in the lock, or fetched longer than {@code maxAge} before {@code now}. */
    public static List<GithubRepository> stale(
            List<GithubRepository> linked, Metadata lock, Duration maxAge, Instant now) {
        return staleOf(linked, r -> lock.get(r).map(RepositoryHealth::fetched), maxAge, now);
    }

    /** The new lock: for each linked repository what was fetched, else what the lock had, else nothing. */
    public static Metadata merge(
            List<GithubRepository> linked, Metadata lock, Map<GithubRepository, RepositoryHealth> fetched) {
        return Metadata.of(mergedOf(linked, fetched::get, lock::get), lock.papers());
    }

    /** The distinct papers {@code urls} link by identifier, in order of first appearance (preprint versions are one). */
    public static List<PaperId> papers(Collection<String> urls) {
        Map<String, PaperId> byKey = new LinkedHashMap<>();
        for (String url : urls) {
            PaperId.of(url).ifPresent(id -> byKey.putIfAbsent(PaperRecord.key(id), id));
        }
        return List.copyOf(byKey.values());
    }

    /** The papers to fetch: not in the lock, or fetched longer than {@code maxAge} before {@code now}. */
    public static List<PaperId> stalePapers(List<PaperId> linked, Metadata lock, Duration maxAge, Instant now) {
        return staleOf(linked, id -> lock.paper(id).map(PaperRecord::fetched), maxAge, now);
    }

    /** {@code lock} with its papers replaced: for each linked paper what was fetched, else what the lock had. */
    public static Metadata withPapers(Metadata lock, List<PaperId> linked, Map<String, PaperRecord> fetched) {
        return Metadata.of(lock.repositories(), mergedOf(linked, id -> fetched.get(PaperRecord.key(id)), lock::paper));
    }

    /** What of {@code linked} the lock lacks, or has from longer than {@code maxAge} before {@code now}. */
    private static <K> List<K> staleOf(
            List<K> linked, Function<K, Optional<Instant>> fetchedAt, Duration maxAge, Instant now) {
        List<K> stale = new ArrayList<>();
        for (K key : linked) {
            Optional<Instant> at = fetchedAt.apply(key);
            if (at.isEmpty() || at.get().plus(maxAge).isBefore(now)) {
                stale.add(key);
            }
        }
        return stale;
    }

    /** For each of {@code linked}: what was fetched, else what the lock had, else nothing; in order. */
    private static <K, V> List<V> mergedOf(List<K> linked, Function<K, V> fetched, Function<K, Optional<V>> locked) {
        List<V> merged = new ArrayList<>();
        for (K key : linked) {
            V now = fetched.apply(key);
            if (now != null) {
                merged.add(now);
            } else {
                locked.apply(key).ifPresent(merged::add);
            }
        }
        return merged;
    }
}
