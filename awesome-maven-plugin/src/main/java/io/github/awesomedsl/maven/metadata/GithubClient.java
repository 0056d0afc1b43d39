package io.github.awesomedsl.maven.metadata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.awesomedsl.maven.http.HostGate;
import io.github.awesomedsl.maven.http.PoliteExchange;
import io.github.awesomedsl.maven.http.RetryAfter;
import io.github.awesomedsl.metadata.GithubRepository;
import io.github.awesomedsl.metadata.RepositoryHealth;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Fetches repository metadata from the GitHub API as a good citizen: with a token, the GraphQL API, one
 * query for up to 100 repositories (aliases); without one, the REST API, one repository per request (GraphQL
 * needs a token). Requests go one at a time through a {@link PoliteExchange} and its {@link HostGate}, the
 * same politeness machinery as {@code awesome:links} and the paper clients: a secondary rate limit's Retry-After and an exhausted primary limit's
 * {@code x-ratelimit-reset} pause the gate; a 5xx or a network failure is retried with growing waits. A wait
 * longer than the cap is never sat out: the run stops with what it fetched ({@link GithubException#fetched()}).
 */
public final class GithubClient implements AutoCloseable {

    /** How the client talks to GitHub. */
    public record Options(
            URI apiUrl, Optional<String> token, int batchSize, Duration timeout, int retries, Duration maxWait) {
        public Options {
            if (batchSize < 1 || batchSize > 100) {
                throw new IllegalArgumentException("a GraphQL batch holds 1 to 100 repositories, not " + batchSize);
            }
            if (retries < 0) {
                throw new IllegalArgumentException("retries must not be negative");
            }
            String scheme = apiUrl.getScheme();
            if (apiUrl.getHost() == null || !("https".equals(scheme) || "http".equals(scheme))) {
                throw new IllegalArgumentException("the API URL must be http(s) with a host, not " + apiUrl);
            }
        }
    }

    /** The run stopped: a failure GitHub did not recover from, or a wait beyond the cap. */
    public static final class GithubException extends Exception {
        private final transient Map<GithubRepository, RepositoryHealth> fetched;

        GithubException(String message, Map<GithubRepository, RepositoryHealth> fetched) {
            super(message);
            this.fetched = Map.copyOf(fetched);
        }

        /** What was fetched before the run stopped: worth keeping in the lock. */
        public Map<GithubRepository, RepositoryHealth> fetched() {
            return fetched;
        }
    }

    private static final String USER_AGENT = "awesome-dsl-metadata/0.1 (+https://github.com/awesomedsl/awesome-dsl)";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** No answer of GitHub's is anywhere near this; a larger one is not read. */
    private static final int MAX_BODY = 32 * 1024 * 1024;
    /** A repository's description is one line on GitHub; this keeps a hostile server's from filling the lock. */
    private static final int MAX_TEXT = 1000;

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private static final String FIELDS = "nameWithOwner stargazerCount forkCount issues(states: OPEN) { totalCount }"
            + " pushedAt isArchived isDisabled licenseInfo { spdxId } description primaryLanguage { name }";

    private final Options options;
    private final HttpClient client;
    private final Clock clock;
    private final PoliteExchange exchange;

    public GithubClient(Options options) {
        this(options, HttpClient.newBuilder(), Clock.systemUTC());
    }

    GithubClient(Options options, HttpClient.Builder client, Clock clock) {
        this.options = options;
        this.client = client.version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(options.timeout())
                .build();
        this.clock = clock;
        this.exchange = new PoliteExchange(
                this.client,
                new HostGate(1, Duration.ZERO),
                options.retries(),
                options.maxWait(),
                MAX_BODY,
                List.of("location", "x-ratelimit-remaining", "x-ratelimit-reset", "content-type"));
    }

    /** Requests sent so far, retries included. */
    public int requests() {
        return exchange.requests();
    }

    /** Whether the GraphQL API (batched) is used: only with a token, which it requires. */
    public boolean batched() {
        return options.token().isPresent();
    }

    /**
     * What GitHub says of each repository, in the given order. A repository GitHub would not answer for
     * (neither found nor missing, e.g. blocked for legal reasons) is left out and named to {@code progress}.
     */
    public Map<GithubRepository, RepositoryHealth> fetch(List<GithubRepository> repositories, Consumer<String> progress)
            throws InterruptedException, GithubException {
        Map<GithubRepository, RepositoryHealth> fetched = new LinkedHashMap<>();
        long lastReport = System.nanoTime();
        int step = batched() ? options.batchSize() : 1;
        for (int from = 0; from < repositories.size(); from += step) {
            List<GithubRepository> batch = repositories.subList(from, Math.min(repositories.size(), from + step));
            if (batched()) {
                graphql(batch, fetched, progress);
            } else {
                rest(batch.get(0), fetched, progress);
            }
            if (System.nanoTime() - lastReport > 2_000_000_000L) {
                lastReport = System.nanoTime();
                progress.accept("metadata: " + fetched.size() + "/" + repositories.size() + " repositories fetched");
            }
        }
        return fetched;
    }

    private void graphql(
            List<GithubRepository> batch, Map<GithubRepository, RepositoryHealth> fetched, Consumer<String> progress)
            throws InterruptedException, GithubException {
        StringBuilder query = new StringBuilder("query {");
        for (int i = 0; i < batch.size(); i++) {
            GithubRepository r = batch.get(i);
            // owner and name are checked against GitHub's own alphabet: nothing in them can end the string
            query.append(" r")
                    .append(i)
                    .append(": repository(owner: \"")
                    .append(safe(r.owner()))
                    .append("\", name: \"")
                    .append(safe(r.name()))
                    .append("\") { ")
                    .append(FIELDS)
                    .append(" }");
        }
        query.append(" }");
        String body;
        try {
            body = JSON.writeValueAsString(Map.of("query", query.toString()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        URI endpoint = graphqlEndpoint(options.apiUrl());
        Response response = exchange(() -> request(endpoint).POST(HttpRequest.BodyPublishers.ofString(body)), fetched);
        if (response.status() != 200) {
            throw failure(response, "GraphQL query", fetched);
        }
        JsonNode root = parse(response, fetched);
        JsonNode data = root.path("data");
        Map<String, String> errors = new LinkedHashMap<>();
        for (JsonNode error : root.path("errors")) {
            String alias = error.path("path").path(0).asText("");
            errors.put(
                    alias,
                    error.path("type").asText("") + ": " + error.path("message").asText(""));
        }
        if (errors.values().stream().anyMatch(e -> e.startsWith("RATE_LIMITED"))) {
            // GraphQL reports its own limit with HTTP 200; what was answered in this batch is not trusted whole
            throw new GithubException(
                    "GitHub's GraphQL rate limit is used up (RATE_LIMITED"
                            + response.header("x-ratelimit-reset")
                                    .map(reset -> ", resets at " + Instant.ofEpochSecond(parseLong(reset)))
                                    .orElse("")
                            + "). Run again after the reset",
                    fetched);
        }
        if (!data.isObject()) {
            throw new GithubException(
                    "GitHub's GraphQL API answered without data: " + String.join("; ", errors.values()), fetched);
        }
        Instant now = now();
        for (int i = 0; i < batch.size(); i++) {
            GithubRepository r = batch.get(i);
            JsonNode node = data.path("r" + i);
            String error = errors.getOrDefault("r" + i, "");
            if (node.isObject()) {
                fetched.put(r, graphqlHealth(r, node, now));
            } else if (error.startsWith("NOT_FOUND")) {
                fetched.put(r, RepositoryHealth.missing(r, now));
            } else {
                progress.accept("metadata: GitHub gave nothing for " + r.fullName()
                        + (error.isEmpty() ? "" : " (" + clip(error) + ")") + "; it stays as the lock had it");
            }
        }
    }

    private void rest(GithubRepository r, Map<GithubRepository, RepositoryHealth> fetched, Consumer<String> progress)
            throws InterruptedException, GithubException {
        URI uri = options.apiUrl().resolve(path(options.apiUrl()) + "repos/" + safe(r.owner()) + "/" + safe(r.name()));
        for (int hop = 0; hop < 3; hop++) {
            URI current = uri;
            Response response = exchange(() -> request(current).GET(), fetched);
            if ((response.status() == 301 || response.status() == 302 || response.status() == 307)
                    && response.location().isPresent()) {
                URI next = current.resolve(response.location().get());
                if (!sameOrigin(next, options.apiUrl())) {
                    break; // the token is never sent elsewhere
                }
                uri = next;
                continue;
            }
            if (response.status() == 404) {
                fetched.put(r, RepositoryHealth.missing(r, now()));
                return;
            }
            if (response.status() == 451 || response.status() == 403) {
                progress.accept("metadata: GitHub refused " + r.fullName() + " (HTTP " + response.status()
                        + "); it stays as the lock had it");
                return;
            }
            if (response.status() != 200) {
                throw failure(response, "request for " + r.fullName(), fetched);
            }
            JsonNode node = parse(response, fetched);
            fetched.put(r, restHealth(r, node, now()));
            return;
        }
        progress.accept(
                "metadata: " + r.fullName() + " redirects too often or off GitHub; it stays as the lock had it");
    }

    private RepositoryHealth graphqlHealth(GithubRepository r, JsonNode node, Instant now) {
        return new RepositoryHealth(
                r,
                now,
                false,
                fullName(node.path("nameWithOwner").asText(""), r),
                node.path("stargazerCount").asLong(),
                node.path("forkCount").asLong(),
                node.path("issues").path("totalCount").asLong(),
                instant(node.path("pushedAt")),
                node.path("isArchived").asBoolean(false),
                node.path("isDisabled").asBoolean(false),
                text(node.path("licenseInfo").path("spdxId")),
                text(node.path("description")),
                text(node.path("primaryLanguage").path("name")));
    }

    private RepositoryHealth restHealth(GithubRepository r, JsonNode node, Instant now) {
        return new RepositoryHealth(
                r,
                now,
                false,
                fullName(node.path("full_name").asText(""), r),
                node.path("stargazers_count").asLong(),
                node.path("forks_count").asLong(),
                node.path("open_issues_count").asLong(),
                instant(node.path("pushed_at")),
                node.path("archived").asBoolean(false),
                node.path("disabled").asBoolean(false),
                text(node.path("license").path("spdx_id")),
                text(node.path("description")),
                text(node.path("language")));
    }

    /** The name GitHub gives, if it is a name GitHub can have; else the linked one (no move is claimed). */
    private static String fullName(String answered, GithubRepository linked) {
        int slash = answered.indexOf('/');
        if (slash > 0) {
            try {
                return new GithubRepository(answered.substring(0, slash), answered.substring(slash + 1)).fullName();
            } catch (IllegalArgumentException notAName) {
                // fall through
            }
        }
        return linked.fullName();
    }

    private static Optional<Instant> instant(JsonNode node) {
        try {
            return node.isTextual() ? Optional.of(Instant.parse(node.asText())) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode node) {
        if (!node.isTextual() || node.asText().isBlank()) {
            return Optional.empty();
        }
        String text = node.asText().strip();
        StringBuilder clean = new StringBuilder(Math.min(text.length(), MAX_TEXT));
        for (int i = 0; i < text.length() && clean.length() < MAX_TEXT; i++) {
            char c = text.charAt(i);
            clean.append(Character.isISOControl(c) ? ' ' : c); // one line, no terminal escapes
        }
        return Optional.of(clean.toString());
    }

    private static String safe(String part) {
        if (!SAFE_NAME.matcher(part).matches()) {
            throw new IllegalArgumentException("not a GitHub name: " + part);
        }
        return part;
    }

    /** {@code https://api.github.com/graphql}; GitHub Enterprise's {@code …/api/v3} has it at {@code …/api/graphql}. */
    static URI graphqlEndpoint(URI api) {
        String path = path(api);
        if (path.endsWith("/api/v3/")) {
            path = path.substring(0, path.length() - "v3/".length());
        }
        return api.resolve(path + "graphql");
    }

    private static String path(URI api) {
        String path = api.getPath() == null || api.getPath().isEmpty() ? "/" : api.getPath();
        return path.endsWith("/") ? path : path + "/";
    }

    private static boolean sameOrigin(URI a, URI b) {
        return String.valueOf(a.getScheme()).equalsIgnoreCase(String.valueOf(b.getScheme()))
                && String.valueOf(a.getHost()).equalsIgnoreCase(String.valueOf(b.getHost()))
                && a.getPort() == b.getPort();
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(options.timeout())
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", "2022-11-28");
        options.token().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        return request;
    }

    private interface RequestFactory {
        HttpRequest.Builder build();
    }

    private record Response(int status, Map<String, String> headers, String body) {
        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name));
        }

        Optional<String> location() {
            return header("location");
        }
    }

    /**
     * What GitHub asks to wait for: a secondary rate limit (403 or 429 with Retry-After, or a 403 that says
     * so, a minute), or an exhausted primary limit ({@code x-ratelimit-remaining: 0}, until
     * {@code x-ratelimit-reset}).
     */
    private PoliteExchange.WaitPolicy githubWaits() {
        return answer -> {
            if (answer.status() != 403 && answer.status() != 429) {
                return Optional.empty();
            }
            Optional<Duration> retryAfter = answer.header("retry-after").flatMap(v -> RetryAfter.parse(v, clock));
            if (retryAfter.isPresent()) {
                return Optional.of(new PoliteExchange.Wait(
                        retryAfter.get(), "secondary rate limit, HTTP " + answer.status() + " with Retry-After"));
            }
            if (answer.header("x-ratelimit-remaining")
                    .map(v -> v.strip().equals("0"))
                    .orElse(false)) {
                Optional<Duration> reset =
                        answer.header("x-ratelimit-reset").flatMap(v -> RetryAfter.untilEpochSecond(v, clock));
                if (reset.isPresent()) {
                    return Optional.of(new PoliteExchange.Wait(
                            reset.get().plusSeconds(1), // the reset is in whole seconds
                            "rate limit is used up (x-ratelimit-remaining: 0) until "
                                    + clock.instant().plus(reset.get()).truncatedTo(ChronoUnit.SECONDS)));
                }
            }
            if (answer.body().contains("secondary rate limit")) {
                return Optional.of(new PoliteExchange.Wait(
                        Duration.ofSeconds(60), "secondary rate limit without Retry-After: GitHub asks for a minute"));
            }
            return Optional.empty(); // a plain refusal: the caller says what was refused
        };
    }

    /** One request through the shared polite exchange; a wait beyond the cap ends the run with what was fetched. */
    private Response exchange(RequestFactory factory, Map<GithubRepository, RepositoryHealth> fetched)
            throws InterruptedException, GithubException {
        PoliteExchange.Answer answer;
        try {
            answer = exchange.send(() -> factory.build().build(), githubWaits(), "GitHub");
        } catch (PoliteExchange.GaveUp e) {
            throw new GithubException(
                    e.getMessage() + " (awesome.metadata.maxWaitSeconds). Run again later"
                            + (options.token().isEmpty()
                                    ? ", or set a token (GITHUB_TOKEN): unauthenticated clients get 60 requests an hour"
                                    : ""),
                    fetched);
        }
        boolean exhausted = answer.header("x-ratelimit-remaining")
                .map(v -> v.strip().equals("0"))
                .orElse(false);
        if (exhausted && answer.status() < 300) {
            // answered, but the next request would be refused until the reset
            answer.header("x-ratelimit-reset")
                    .flatMap(v -> RetryAfter.untilEpochSecond(v, clock))
                    .ifPresent(reset -> exchange.gate().pause(reset.plusSeconds(1)));
        }
        return new Response(answer.status(), answer.headers(), answer.body());
    }

    private JsonNode parse(Response response, Map<GithubRepository, RepositoryHealth> fetched) throws GithubException {
        try {
            JsonNode node = JSON.readTree(response.body());
            if (node == null || !node.isObject()) {
                throw new GithubException("GitHub answered with something other than a JSON object", fetched);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new GithubException(
                    "GitHub answered with invalid JSON (" + clip(e.getOriginalMessage()) + ")", fetched);
        }
    }

    private GithubException failure(Response response, String what, Map<GithubRepository, RepositoryHealth> fetched) {
        String advice = switch (response.status()) {
            case 401 -> "; the token was refused: check the GITHUB_TOKEN variable (awesome.github.tokenVariable)";
            case 403 -> "; the token may lack the right to read public repositories";
            default -> response.status() >= 500 ? "; GitHub is failing, run again later" : "";
        };
        String message = "";
        try {
            message = JSON.readTree(response.body()).path("message").asText("");
        } catch (IOException | RuntimeException notJson) {
            // the status says enough
        }
        return new GithubException(
                "GitHub answered the " + what + " with HTTP " + response.status()
                        + (message.isEmpty() ? "" : " (" + clip(message) + ")") + advice,
                fetched);
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String clip(String text) {
        String line = text.replaceAll("\\p{Cntrl}", " ");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    @Override
    public void close() {
        // HttpClient's threads are daemons; nothing else is held
    }
}
