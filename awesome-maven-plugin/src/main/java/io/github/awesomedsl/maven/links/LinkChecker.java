package io.github.awesomedsl.maven.links;

import io.github.awesomedsl.maven.http.HostGate;
import io.github.awesomedsl.maven.http.RetryAfter;
import io.github.awesomedsl.urls.CanonicalUrl;
import io.github.awesomedsl.validate.rules.UrlSyntaxRule;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Checks URLs with {@link HttpClient}, politely: a global concurrency limit, a minimum interval between
 * a host's answer and its next request ({@link HostGate}), Retry-After honoured up to a cap (a host that
 * asks for longer is reported unverifiable, never waited for for hours), HEAD first and GET only when HEAD is
 * refused (405, 403, 501), redirects followed by hand (so permanent ones can be reported and loops
 * caught), bodies never read (the response stream is closed as soon as the status is known).
 *
 * <p>URLs are checked once per canonical form. Timeouts, 5xx and 429 are retried with growing waits.
 */
public final class LinkChecker implements AutoCloseable {

    private static final String USER_AGENT =
            "awesome-dsl-link-checker/0.1 (+https://github.com/awesomedsl/awesome-dsl)";

    private final LinkCheckOptions options;
    private final HttpClient client;
    private final ExecutorService workers;

    /** Workers per request slot: most of a worker's time, with a host interval, is spent waiting for it. */
    private static final int WORKERS_PER_SLOT = 4;

    /** Requests in flight, all hosts together: at most {@code concurrency}. */
    private final Semaphore inFlight;

    private final Map<String, HostGate> hosts = new ConcurrentHashMap<>();
    private final Clock clock;

    public LinkChecker(LinkCheckOptions options) {
        this(options, HttpClient.newBuilder(), Clock.systemUTC());
    }

    LinkChecker(LinkCheckOptions options, HttpClient.Builder client, Clock clock) {
        this.options = options;
        // more workers than requests in flight: a worker waiting out a host's interval holds no request slot,
        // so that the other hosts keep the concurrency busy (inFlight caps the requests themselves)
        this.inFlight = new Semaphore(options.concurrency(), true);
        this.workers = Executors.newFixedThreadPool(WORKERS_PER_SLOT * options.concurrency(), runnable -> {
            Thread thread = new Thread(runnable, "awesome-links");
            thread.setDaemon(true);
            return thread;
        });
        this.client = client.version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(options.timeout())
                .build();
        this.clock = clock;
    }

    /**
     * Checks every URL (once per canonical form) and returns a result per URL as given, in the given
     * order. {@code progress} receives a line now and then during long runs.
     */
    public Map<String, LinkResult> check(Collection<String> urls, Consumer<String> progress)
            throws InterruptedException {
        Map<String, String> canonicalOf = new LinkedHashMap<>();
        Map<String, String> representative = new LinkedHashMap<>();
        for (String url : urls) {
            String canonical = CanonicalUrl.page(url);
            canonicalOf.put(url, canonical);
            representative.putIfAbsent(canonical, url);
        }
        AtomicInteger done = new AtomicInteger();
        AtomicInteger broken = new AtomicInteger();
        long[] lastReport = {System.nanoTime()};
        Map<String, Future<LinkResult>> futures = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : interleavedByHost(representative)) {
            String url = entry.getValue();
            futures.put(entry.getKey(), workers.submit(() -> {
                LinkResult result = checkOne(url);
                int n = done.incrementAndGet();
                if (result.status() == LinkStatus.BROKEN) {
                    broken.incrementAndGet();
                }
                synchronized (lastReport) {
                    if (System.nanoTime() - lastReport[0] > 2_000_000_000L) {
                        lastReport[0] = System.nanoTime();
                        progress.accept(
                                "links: " + n + "/" + representative.size() + " checked, " + broken.get() + " broken");
                    }
                }
                return result;
            }));
        }
        Map<String, LinkResult> byCanonical = new LinkedHashMap<>();
        for (Map.Entry<String, Future<LinkResult>> future : futures.entrySet()) {
            // (futures are in host-interleaved order; results are put back in the caller's order below)
            try {
                byCanonical.put(future.getKey(), future.getValue().get());
            } catch (ExecutionException e) {
                String url = representative.get(future.getKey());
                byCanonical.put(future.getKey(), broken(url, 0, "checker failure: " + e.getCause()));
            }
        }
        // unreachable hosts: broken when some host of the run answered (a name that does not exist, a server
        // down), offline when none did (no route, no DNS): then nothing was checked
        boolean anyReached = byCanonical.values().stream()
                .anyMatch(r -> r.status() != LinkStatus.OFFLINE && r.status() != LinkStatus.SKIPPED);
        if (anyReached) {
            byCanonical.replaceAll((canonical, r) -> r.status() == LinkStatus.OFFLINE
                    ? new LinkResult(r.url(), LinkStatus.BROKEN, 0, "", r.message(), r.checkedAt())
                    : r);
        }
        Map<String, LinkResult> results = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : canonicalOf.entrySet()) {
            LinkResult shared = byCanonical.get(entry.getValue());
            results.put(
                    entry.getKey(),
                    new LinkResult(
                            entry.getKey(),
                            shared.status(),
                            shared.httpStatus(),
                            shared.movedTo(),
                            shared.message(),
                            shared.checkedAt()));
        }
        return results;
    }

    /**
     * Like {@link #check(Collection, Consumer)}, but working results younger than {@code maxAge} come from
     * {@code cache} without a request; every new result goes into the cache.
     */
    public Map<String, LinkResult> check(
            Collection<String> urls, LinkCache cache, Duration maxAge, Consumer<String> progress)
            throws InterruptedException {
        Map<String, LinkResult> results = new LinkedHashMap<>();
        List<String> stale = new ArrayList<>();
        Instant now = clock.instant();
        for (String url : urls) {
            Optional<LinkResult> fresh = cache.fresh(url, maxAge, now);
            results.put(url, fresh.orElse(null));
            if (fresh.isEmpty()) {
                stale.add(url);
            }
        }
        Map<String, LinkResult> checked = check(stale, progress);
        checked.values().forEach(cache::put);
        results.putAll(checked);
        return results;
    }

    /**
     * The URLs in round-robin order of their hosts (a1, b1, c1, a2, b2, …): consecutive tasks go to
     * different hosts, so workers rarely wait for a host's interval while other hosts sit idle.
     */
    private static List<Map.Entry<String, String>> interleavedByHost(Map<String, String> representative) {
        Map<String, List<Map.Entry<String, String>>> byHost = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : representative.entrySet()) {
            String host;
            try {
                host = String.valueOf(new URI(entry.getValue()).getHost());
            } catch (URISyntaxException e) {
                host = "";
            }
            byHost.computeIfAbsent(host, h -> new ArrayList<>()).add(entry);
        }
        List<Map.Entry<String, String>> order = new ArrayList<>(representative.size());
        for (int round = 0; order.size() < representative.size(); round++) {
            for (List<Map.Entry<String, String>> entries : byHost.values()) {
                if (round < entries.size()) {
                    order.add(entries.get(round));
                }
            }
        }
        return order;
    }

    /** One URL, with retries. */
    LinkResult checkOne(String url) throws InterruptedException {
        for (Pattern exclude : options.excludes()) {
            if (exclude.matcher(url).find()) {
                return new LinkResult(
                        url, LinkStatus.SKIPPED, 0, "", "excluded by " + exclude.pattern(), clock.instant());
            }
        }
        if (UrlSyntaxRule.isRelative(url)) {
            return new LinkResult(
                    url,
                    LinkStatus.SKIPPED,
                    0,
                    "",
                    "relative to the repository or the page: not checked over" + " the network",
                    clock.instant());
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return broken(url, 0, "not a valid URL: " + e.getReason());
        }
        if (uri.getHost() == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            return broken(url, 0, "not an absolute http(s) URL");
        }
        Attempt attempt = null;
        for (int i = 0; i <= options.retries(); i++) {
            if (attempt != null) {
                // a Retry-After has paused the host's gate already; without one, back off a little more each time
                if (attempt.retryAfter().isEmpty()) {
                    Thread.sleep(Math.min(
                            250L << Math.min(i - 1, 6), options.maxRetryWait().toMillis()));
                }
            }
            attempt = follow(url, uri);
            if (!attempt.transientFailure()) {
                break;
            }
        }
        return attempt.result();
    }

    /** One try: follow redirects until an answer that is not a redirect. */
    private Attempt follow(String url, URI start) throws InterruptedException {
        Set<URI> visited = new HashSet<>();
        URI current = start;
        boolean permanent = false;
        for (int hop = 0; hop <= options.maxRedirects(); hop++) {
            if (!visited.add(current)) {
                return Attempt.done(broken(url, 0, "redirect loop at " + current));
            }
            if (gate(current).isRateLimited()) {
                return Attempt.done(unverifiable(
                        url,
                        0,
                        current.getHost() + " asked to wait longer than "
                                + options.maxRetryWait().toSeconds() + " s earlier in this run; not requested"));
            }
            if (gate(current).isSilent()) {
                return Attempt.done(unverifiable(
                        url,
                        0,
                        current.getHost() + " did not answer within "
                                + options.timeout().toMillis() + " ms earlier in this run; not requested again"));
            }
            Response response;
            try {
                response = request(current, "HEAD");
                if (response.status() == 405
                        || response.status() == 403
                        || response.status() == 501
                        || response.status() == 503
                                && response.retryAfterHeader().isEmpty()) {
                    response = request(current, "GET"); // a GET also shows whether a 403 or 503 is a bot wall
                }
            } catch (HttpTimeoutException e) {
                // a silent host is asked once per run: its other links are not waited for again
                gate(current).markSilent();
                return Attempt.done(unverifiable(
                        url, 0, "no answer within " + options.timeout().toMillis() + " ms"));
            } catch (SilentHost e) {
                return Attempt.done(unverifiable(
                        url,
                        0,
                        current.getHost() + " did not answer within "
                                + options.timeout().toMillis() + " ms earlier in this run; not requested again"));
            } catch (ConnectException e) {
                if (isUnresolved(e)) {
                    return Attempt.done(unreachable(url, "unknown host " + current.getHost()));
                }
                return Attempt.done(unreachable(
                        url,
                        "connection refused by " + current.getHost()
                                + (current.getPort() > 0 ? ":" + current.getPort() : "")));
            } catch (SSLException e) {
                return Attempt.done(unverifiable(url, 0, "TLS the JDK cannot verify: " + e.getMessage()));
            } catch (UnknownHostException | UnresolvedAddressException e) {
                return Attempt.done(unreachable(url, "unknown host " + current.getHost()));
            } catch (IOException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                if (cause instanceof SSLException) {
                    return Attempt.done(unverifiable(url, 0, "TLS the JDK cannot verify: " + cause.getMessage()));
                }
                if (isUnresolved(e)) {
                    return Attempt.done(unreachable(url, "unknown host " + current.getHost()));
                }
                if (cause instanceof ConnectException || cause instanceof java.net.NoRouteToHostException) {
                    return Attempt.done(unreachable(
                            url,
                            (cause instanceof ConnectException ? "connection refused by " : "no route to ")
                                    + current.getHost()));
                }
                if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
                    return Attempt.done(unreachable(url, "unknown host " + current.getHost()));
                }
                return Attempt.retry(broken(url, 0, "network error: " + cause), Optional.empty());
            }
            int status = response.status();
            if (status >= 300 && status < 400 && response.location().isPresent()) {
                permanent |= status == 301 || status == 308;
                current = current.resolve(response.location().get());
                continue;
            }
            if (isAllowed(url, status) || (status >= 200 && status < 300)) {
                return Attempt.done(
                        permanent
                                ? new LinkResult(
                                        url,
                                        LinkStatus.REDIRECTED,
                                        status,
                                        current.toString(),
                                        "moved permanently to " + current,
                                        clock.instant())
                                : new LinkResult(url, LinkStatus.OK, status, "", "HTTP " + status, clock.instant()));
            }
            if (response.botWall()) {
                return Attempt.done(unverifiable(
                        url,
                        status,
                        "HTTP " + status + " with a bot-protection page from " + current.getHost()
                                + ": a browser may see it; not a verdict"));
            }
            LinkResult failure = broken(url, status, "HTTP " + status + (hop > 0 ? " at " + current : ""));
            Optional<Duration> retryAfter = response.retryAfter(clock);
            if (status == 429 || (status == 503 && retryAfter.isPresent())) {
                HostGate gate = gate(current);
                LinkResult limited = unverifiable(
                        url,
                        status,
                        "HTTP " + status + " from " + current.getHost()
                                + retryAfter
                                        .map(d -> ", Retry-After " + d.toSeconds() + " s")
                                        .orElse(""));
                if (retryAfter.isPresent() && retryAfter.get().compareTo(options.maxRetryWait()) > 0) {
                    gate.markRateLimited();
                    return Attempt.done(unverifiable(
                            url,
                            status,
                            current.getHost() + " asked to wait "
                                    + retryAfter.get().toSeconds()
                                    + " s (HTTP " + status + ", Retry-After), longer than the "
                                    + options.maxRetryWait().toSeconds()
                                    + " s cap; not waited for, check it again later"));
                }
                retryAfter.ifPresent(gate::pause);
                return Attempt.retry(limited, retryAfter);
            }
            return status >= 500 ? Attempt.retry(failure, Optional.empty()) : Attempt.done(failure);
        }
        return Attempt.done(broken(url, 0, "more than " + options.maxRedirects() + " redirects"));
    }

    private Response request(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(options.timeout())
                .header("User-Agent", USER_AGENT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (options.githubToken().isPresent() && (host.equals("github.com") || host.equals("api.github.com"))) {
            request.header("Authorization", "Bearer " + options.githubToken().get());
        }
        HostGate gate = gate(uri);
        gate.acquire();
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            gate.release();
            throw e;
        }
        try {
            if (gate.isSilent()) {
                throw new SilentHost(); // it timed out while this request waited its turn
            }
            HttpResponse<InputStream> response =
                    client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            boolean botWall = false;
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                if ((status == 403 || status == 503) && method.equals("GET")) {
                    // the first 16 KiB tell a bot-protection page from a real refusal; the rest is not downloaded
                    String start = new String(body.readNBytes(16 * 1024), java.nio.charset.StandardCharsets.UTF_8);
                    botWall = response.headers().firstValue("cf-mitigated").isPresent()
                            || BOT_WALL.matcher(start).find();
                }
            } // the status is all else we need: the body, however large, is not downloaded
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("Location"),
                    response.headers().firstValue("Retry-After"),
                    botWall);
        } catch (java.net.http.HttpTimeoutException e) {
            gate.markSilent(); // before the gate lets the next request of this host go
            throw e;
        } finally {
            inFlight.release();
            gate.release();
        }
    }

    private HostGate gate(URI uri) {
        String key = uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort();
        return hosts.computeIfAbsent(key, k -> new HostGate(options.perHost(), options.hostInterval()));
    }

    private boolean isAllowed(String url, int status) {
        for (Map.Entry<Pattern, Set<Integer>> allowed : options.allowedStatus().entrySet()) {
            if (allowed.getValue().contains(status)
                    && allowed.getKey().matcher(url).find()) {
                return true;
            }
        }
        return false;
    }

    /** A host that timed out earlier in the run is not asked again. */
    private static final class SilentHost extends IOException {
        SilentHost() {
            super("silent host", null);
        }
    }

    /** Whether the failure is a host name that does not resolve (the JDK wraps it in a ConnectException). */
    private static boolean isUnresolved(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    private LinkResult unverifiable(String url, int status, String message) {
        return new LinkResult(url, LinkStatus.UNVERIFIABLE, status, "", message, clock.instant());
    }

    /** No host answered: offline if no host of the run does, else broken (see {@link #check}). */
    private LinkResult unreachable(String url, String message) {
        return new LinkResult(url, LinkStatus.OFFLINE, 0, "", message, clock.instant());
    }

    private LinkResult broken(String url, int status, String message) {
        return new LinkResult(url, LinkStatus.BROKEN, status, "", message, clock.instant());
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** An answer's status and the headers that matter. */
    private record Response(int status, Optional<String> location, Optional<String> retryAfterHeader, boolean botWall) {

        Optional<Duration> retryAfter(Clock clock) {
            return retryAfterHeader.flatMap(value -> RetryAfter.parse(value, clock));
        }
    }

    /** One try's result and whether another try may help. */
    private record Attempt(LinkResult result, boolean transientFailure, Optional<Duration> retryAfter) {
        static Attempt done(LinkResult result) {
            return new Attempt(result, false, Optional.empty());
        }

        static Attempt retry(LinkResult result, Optional<Duration> retryAfter) {
            return new Attempt(result, true, retryAfter);
        }
    }

    /** What bot-protection pages (Cloudflare, DDoS-Guard, Akamai, captchas) say in their first bytes. */
    private static final Pattern BOT_WALL = Pattern.compile(
            "(?i)just a moment\\.\\.\\.|attention required|cf-browser-verification"
                    + "|challenge-platform|ddos-guard|checking your browser|captcha|access denied.{0,200}reference #|are you a robot");

    /** For the caller's summary: how many results have each status. */
    public static Map<LinkStatus, Integer> count(Collection<LinkResult> results) {
        Map<LinkStatus, Integer> counts = new LinkedHashMap<>();
        for (LinkStatus status : LinkStatus.values()) {
            counts.put(status, 0);
        }
        results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        return counts;
    }
}
