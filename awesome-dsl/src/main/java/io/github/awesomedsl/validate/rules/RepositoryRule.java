package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.metadata.Metadata;
import io.github.awesomedsl.metadata.RepositoryHealth;
import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A rule over the metadata lock: each GitHub repository a list element links (its URL, code links, rich
 * text, cells) is looked up in the lock, and what {@link #problem} says of it is reported once per element.
 * Without a lock (or for a repository the lock does not hold) nothing is reported: these rules never
 * guess, and never touch the network.
 */
abstract class RepositoryRule implements Rule {

    private final Metadata metadata;

    RepositoryRule(Metadata metadata) {
        this.metadata = metadata;
    }

    /** What is wrong with the repository that {@code url} links, if anything: the whole message. */
    abstract Optional<String> problem(String url, RepositoryHealth health, ListIndex.Element element);

    @Override
    public final Check begin(ListIndex list, Findings findings) {
        if (metadata.isEmpty()) {
            return new Check() {};
        }
        return new Check() {
            /** The element of the last URL, and the repositories its URLs linked so far. */
            private ListIndex.Element last;

            private final Set<String> seen = new HashSet<>();

            @Override
            public void url(int number, String url, ListIndex.Element element) {
                Optional<RepositoryHealth> health = metadata.find(url);
                if (health.isEmpty()) {
                    return;
                }
                if (element != last) {
                    seen.clear();
                    last = element;
                }
                if (seen.add(health.get().repository().key())) {
                    problem(url, health.get(), element).ifPresent(message -> findings.report(element, message));
                }
            }
        };
    }

    /** {@code fetched 2026-11-30}, for messages: a finding says how old its evidence is. */
    static String fetched(RepositoryHealth health) {
        return "fetched " + health.fetched().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
