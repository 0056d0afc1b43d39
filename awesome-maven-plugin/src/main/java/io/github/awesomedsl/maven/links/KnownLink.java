package io.github.awesomedsl.maven.links;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link the maintainers know fails, accepted for a written reason and, if given, until a date:
 * {@code https://example.org/flaky | blocks bots; works in a browser | until 2027-06-01}. Its failure is
 * reported as accepted and does not fail the build; once the date has passed it fails like any other,
 * and the run says the acceptance expired.
 *
 * @param url the URL, as the list links it (a trailing {@code *} accepts every URL that starts with the rest)
 * @param reason why its failure is accepted
 * @param until the last day it is accepted, if limited
 */
public record KnownLink(String url, String reason, Optional<LocalDate> until) {

    private static final Pattern FORM =
            Pattern.compile("\\s*(\\S+)\\s*\\|\\s*([^|]*?)\\s*(?:\\|\\s*until\\s+(\\S+)\\s*)?");

    /** Parses {@code url | reason [| until YYYY-MM-DD]}, saying what is wrong otherwise. */
    public static KnownLink parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches() || m.group(2).isBlank()) {
            throw new IllegalArgumentException(
                    "\"" + text + "\" is not \"URL | reason\" or \"URL | reason | until YYYY-MM-DD\"");
        }
        Optional<LocalDate> until = Optional.empty();
        if (m.group(3) != null) {
            try {
                until = Optional.of(LocalDate.parse(m.group(3)));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("\"" + text + "\": " + m.group(3) + " is not a date (YYYY-MM-DD)");
            }
        }
        return new KnownLink(m.group(1), m.group(2), until);
    }

    public boolean matches(String link) {
        return url.endsWith("*") ? link.startsWith(url.substring(0, url.length() - 1)) : link.equals(url);
    }

    /** Whether the acceptance has ended by {@code today}. */
    public boolean expired(LocalDate today) {
        return until.isPresent() && today.isAfter(until.get());
    }
}
