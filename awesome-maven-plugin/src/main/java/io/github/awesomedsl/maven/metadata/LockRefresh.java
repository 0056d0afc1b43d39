package io.github.awesomedsl.maven.metadata;

import io.github.awesomedsl.metadata.GithubRepository;
import io.github.awesomedsl.metadata.Metadata;
import io.github.awesomedsl.metadata.RepositoryHealth;
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
            List<GithubRepository> linked, Metadata lock, Duration maxAge, Instant now) {
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
    public static Metadata merge(
            List<GithubRepository> linked, Metadata lock, Map<GithubRepository, RepositoryHealth> fetched) {
        List<RepositoryHealth> merged = new ArrayList<>();
        for (GithubRepository r : linked) {
            RepositoryHealth now = fetched.get(r);
            if (now != null) {
                merged.add(now);
            } else {
                lock.get(r).ifPresent(merged::add);
            }
        }
        return Metadata.of(merged, lock.papers());
    }

    /** The distinct papers {@code urls} link by identifier, in order of first appearance (preprint versions are one). */
    public static List<io.github.awesomedsl.model.PaperId> papers(Collection<String> urls) {
        Map<String, io.github.awesomedsl.model.PaperId> byKey = new LinkedHashMap<>();
        for (String url : urls) {
            io.github.awesomedsl.model.PaperId.of(url)
                    .ifPresent(id -> byKey.putIfAbsent(io.github.awesomedsl.metadata.PaperRecord.key(id), id));
        }
        return List.copyOf(byKey.values());
    }

    /** The papers to fetch: not in the lock, or fetched longer than {@code maxAge} before {@code now}. */
    public static List<io.github.awesomedsl.model.PaperId> stalePapers(
            List<io.github.awesomedsl.model.PaperId> linked, Metadata lock, Duration maxAge, Instant now) {
        List<io.github.awesomedsl.model.PaperId> stale = new ArrayList<>();
        for (io.github.awesomedsl.model.PaperId id : linked) {
            Optional<io.github.awesomedsl.metadata.PaperRecord> known = lock.paper(id);
            if (known.isEmpty() || known.get().fetched().plus(maxAge).isBefore(now)) {
                stale.add(id);
            }
        }
        return stale;
    }

    /** {@code lock} with its papers replaced: for each linked paper what was fetched, else what the lock had. */
    public static Metadata withPapers(
            Metadata lock,
            List<io.github.awesomedsl.model.PaperId> linked,
            Map<String, io.github.awesomedsl.metadata.PaperRecord> fetched) {
        List<io.github.awesomedsl.metadata.PaperRecord> merged = new ArrayList<>();
        for (io.github.awesomedsl.model.PaperId id : linked) {
            io.github.awesomedsl.metadata.PaperRecord now =
                    fetched.get(io.github.awesomedsl.metadata.PaperRecord.key(id));
            if (now != null) {
                merged.add(now);
            } else {
                lock.paper(id).ifPresent(merged::add);
            }
        }
        return Metadata.of(lock.repositories(), merged);
    }
}
