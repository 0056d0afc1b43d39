package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.metadata.Metadata;
import io.github.awesomedsl.metadata.RepositoryHealth;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Severity;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A linked repository still moves: its last push is at most {@code days} old (365 by default), counted
 * from when the lock was fetched, so the finding does not change with the day the build runs.
 */
public final class StaleRepoRule extends RepositoryRule {

    /** hecat's middle threshold, and a year: what "unmaintained" means to most readers. */
    public static final int DEFAULT_DAYS = 365;

    private final int days;

    public StaleRepoRule(Metadata metadata, int days) {
        super(metadata);
        if (days < 1) {
            throw new IllegalArgumentException("stale-repo needs at least 1 day, not " + days);
        }
        this.days = days;
    }

    @Override
    public String id() {
        return "stale-repo";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String description() {
        return "A linked GitHub repository had a push in the last " + days + " days (from the metadata lock).";
    }

    @Override
    Optional<String> problem(String url, RepositoryHealth health, ListIndex.Element element) {
        if (health.missing() || health.archived() || health.pushed().isEmpty()) {
            return Optional.empty(); // archived-repo says more; a repository never pushed to has no date
        }
        long idle = Duration.between(health.pushed().get(), health.fetched()).toDays();
        if (idle <= days) {
            return Optional.empty();
        }
        return Optional.of("links " + url + ", which has had no push for " + idle + " days (last "
                + health.pushed().get().atZone(ZoneOffset.UTC).toLocalDate() + ", " + fetched(health)
                + "; the limit is " + days + "): check it still works, or mark the entry as unmaintained");
    }
}
