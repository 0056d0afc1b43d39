package io.github.awesomedsl.maven.metadata;

import io.github.awesomedsl.metadata.GithubRepository;
import io.github.awesomedsl.metadata.RepositoryHealth;
import io.github.awesomedsl.metadata.RepositoryMetadata;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
            List<GithubRepository> linked, RepositoryMetadata lock, Duration maxAge, Instant now) {
        List<GithubRepository> stale = new ArrayList<>();
        for (GithubRepository r : linked) {
            Optional<RepositoryHealth> known = lock.get(r);
            if (known.isEmpty() || known.get().fetched().plus(maxAge).isBefore(now)) {
                stale.add(r);
            }
        }
        return stale;
    }

    /** The new lock: for each linked repository what was fetched, else what the lock had, else nothing. */
    public static RepositoryMetadata merge(
            List<GithubRepository> linked, RepositoryMetadata lock, Map<GithubRepository, RepositoryHealth> fetched) {
        List<RepositoryHealth> merged = new ArrayList<>();
        for (GithubRepository r : linked) {
            RepositoryHealth now = fetched.get(r);
            if (now != null) {
                merged.add(now);
            } else {
                lock.get(r).ifPresent(merged::add);
            }
        }
        return RepositoryMetadata.of(merged);
    }
}
