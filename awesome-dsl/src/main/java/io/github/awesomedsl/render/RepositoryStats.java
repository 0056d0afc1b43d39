package io.github.awesomedsl.render;

import io.github.awesomedsl.metadata.Metadata;
import io.github.awesomedsl.metadata.RepositoryHealth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A repository's stars and last push as the README shows them: {@code ⭐ 12.3k · 2026-10}, and
 * {@code · archived} for an archived one. Made of numbers and dates only: nothing the repository's owners
 * wrote reaches the README through here.
 */
final class RepositoryStats {

    private RepositoryStats() {}

    /** The stats of the first repository among {@code urls} that the metadata holds and that exists. */
    static Optional<String> of(Metadata metadata, List<String> urls) {
        for (String url : urls) {
            Optional<RepositoryHealth> health = metadata.find(url);
            if (health.isPresent() && !health.get().missing()) {
                return Optional.of(format(health.get()));
            }
        }
        return Optional.empty();
    }

    static String format(RepositoryHealth health) {
        return "⭐ " + count(health.stars())
                + health.pushed()
                        .map(p -> " · "
                                + p.atZone(ZoneOffset.UTC)
                                        .toLocalDate()
                                        .toString()
                                        .substring(0, 7))
                        .orElse("")
                + (health.archived() ? " · archived" : "");
    }

    /** {@code 987}, {@code 1.2k}, {@code 12.3k}, {@code 123k}, {@code 1.2M}. */
    static String count(long n) {
        if (n < 1000) {
            return Long.toString(Math.max(0, n));
        }
        if (n < 99_950) {
            return oneDecimal(n / 1000.0) + "k";
        }
        if (n < 999_500) {
            return Math.round(n / 1000.0) + "k";
        }
        return oneDecimal(n / 1_000_000.0) + "M";
    }

    private static String oneDecimal(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
