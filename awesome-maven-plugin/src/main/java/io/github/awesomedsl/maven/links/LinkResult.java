package io.github.awesomedsl.maven.links;

import java.time.Instant;
import java.util.Objects;

/**
 * What checking a URL found.
 *
 * @param url the URL as the list links it
 * @param status the outcome
 * @param httpStatus the last HTTP status code, or 0 when there was no answer
 * @param movedTo where a permanent redirect leads (for {@link LinkStatus#REDIRECTED}), else empty
 * @param message a human explanation ("404 Not Found", "connection refused", "moved permanently to …")
 * @param checkedAt when the answer came
 */
public record LinkResult(
        String url, LinkStatus status, int httpStatus, String movedTo, String message, Instant checkedAt) {

    public LinkResult {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(movedTo, "movedTo");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }
}
