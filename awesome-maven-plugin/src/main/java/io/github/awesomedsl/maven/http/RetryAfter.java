package io.github.awesomedsl.maven.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** A server's request to wait: the Retry-After header (RFC 9110), and rate-limit reset times. */
public final class RetryAfter {

    private RetryAfter() {}

    /** Retry-After as seconds or as an HTTP date, never negative; empty when it is neither. */
    public static Optional<Duration> parse(String value, Clock clock) {
        String v = value.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return Optional.of(until(at, clock));
            } catch (RuntimeException notADate) {
                return Optional.empty();
            }
        }
    }

    /** The wait until a reset given in epoch seconds ({@code x-ratelimit-reset}); empty when not a number. */
    public static Optional<Duration> untilEpochSecond(String value, Clock clock) {
        try {
            return Optional.of(until(Instant.ofEpochSecond(Long.parseLong(value.strip())), clock));
        } catch (RuntimeException notANumber) {
            return Optional.empty();
        }
    }

    private static Duration until(Instant at, Clock clock) {
        Duration delay = Duration.between(clock.instant(), at);
        return delay.isNegative() ? Duration.ZERO : delay;
    }
}
