package io.github.awesomedsl.maven.links;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How politely and how patiently links are checked.
 *
 * @param concurrency requests in flight at once, all hosts together
 * @param perHost requests in flight at once to one host when {@code hostInterval} is zero (with an
 *     interval, a host's requests go one at a time)
 * @param hostInterval the least time between the answer of a request to a host and the start of the next
 *     one to it, so that no two requests arrive there closer than this
 * @param timeout how long one request may take
 * @param maxRedirects how many redirects are followed before the link counts as broken
 * @param retries how often a timeout, a 5xx or a 429 is retried (with growing waits, honouring Retry-After)
 * @param maxRetryWait the longest wait for a host, whatever Retry-After says: a host that asks for longer
 *     is not waited for, and its links are reported {@link LinkStatus#UNVERIFIABLE}
 * @param excludes URLs that match one of these are skipped
 * @param allowedStatus per URL pattern, HTTP statuses that count as fine (e.g. 403 for a site that blocks robots)
 * @param githubToken a token sent to github.com (raises GitHub's rate limit), if any
 */
public record LinkCheckOptions(
        int concurrency,
        int perHost,
        Duration hostInterval,
        Duration timeout,
        int maxRedirects,
        int retries,
        Duration maxRetryWait,
        List<Pattern> excludes,
        Map<Pattern, Set<Integer>> allowedStatus,
        Optional<String> githubToken) {

    public LinkCheckOptions {
        if (concurrency < 1 || perHost < 1 || maxRedirects < 0 || retries < 0) {
            throw new IllegalArgumentException(
                    "concurrency and perHost must be at least 1, maxRedirects and retries at least 0");
        }
        Objects.requireNonNull(hostInterval, "hostInterval");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(maxRetryWait, "maxRetryWait");
        excludes = List.copyOf(excludes);
        allowedStatus = Map.copyOf(allowedStatus);
        Objects.requireNonNull(githubToken, "githubToken");
    }

    /**
     * 32 in flight, 100 ms between a host's answer and its next request, 10 s timeout, 10 redirects, 2
     * retries, hosts waited for at most 60 s.
     */
    public static LinkCheckOptions defaults() {
        return new LinkCheckOptions(
                32,
                4,
                Duration.ofMillis(100),
                Duration.ofSeconds(10),
                10,
                2,
                Duration.ofSeconds(60),
                List.of(),
                Map.of(),
                Optional.empty());
    }

    public LinkCheckOptions withMaxRedirects(int redirects) {
        return new LinkCheckOptions(
                concurrency,
                perHost,
                hostInterval,
                timeout,
                redirects,
                retries,
                maxRetryWait,
                excludes,
                allowedStatus,
                githubToken);
    }

    public LinkCheckOptions withConcurrency(int concurrency, int perHost) {
        return new LinkCheckOptions(
                concurrency,
                perHost,
                hostInterval,
                timeout,
                maxRedirects,
                retries,
                maxRetryWait,
                excludes,
                allowedStatus,
                githubToken);
    }

    public LinkCheckOptions withHostInterval(Duration interval) {
        return new LinkCheckOptions(
                concurrency,
                perHost,
                interval,
                timeout,
                maxRedirects,
                retries,
                maxRetryWait,
                excludes,
                allowedStatus,
                githubToken);
    }

    public LinkCheckOptions withTimeout(Duration requestTimeout) {
        return new LinkCheckOptions(
                concurrency,
                perHost,
                hostInterval,
                requestTimeout,
                maxRedirects,
                retries,
                maxRetryWait,
                excludes,
                allowedStatus,
                githubToken);
    }

    public LinkCheckOptions withRetries(int count, Duration maxWait) {
        return new LinkCheckOptions(
                concurrency,
                perHost,
                hostInterval,
                timeout,
                maxRedirects,
                count,
                maxWait,
                excludes,
                allowedStatus,
                githubToken);
    }

    public LinkCheckOptions withExcludes(List<Pattern> patterns) {
        return new LinkCheckOptions(
                concurrency,
                perHost,
                hostInterval,
                timeout,
                maxRedirects,
                retries,
                maxRetryWait,
                patterns,
                allowedStatus,
                githubToken);
    }

    public LinkCheckOptions withAllowedStatus(Map<Pattern, Set<Integer>> allowed) {
        return new LinkCheckOptions(
                concurrency,
                perHost,
                hostInterval,
                timeout,
                maxRedirects,
                retries,
                maxRetryWait,
                excludes,
                allowed,
                githubToken);
    }

    public LinkCheckOptions withGithubToken(Optional<String> token) {
        return new LinkCheckOptions(
                concurrency,
                perHost,
                hostInterval,
                timeout,
                maxRedirects,
                retries,
                maxRetryWait,
                excludes,
                allowedStatus,
                token);
    }
}
