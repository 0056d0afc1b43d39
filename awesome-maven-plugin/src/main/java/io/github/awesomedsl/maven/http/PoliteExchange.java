package io.github.awesomedsl.maven.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One API host asked politely: requests one at a time through the host's {@link HostGate} (with the
 * interval the API asks for), a 429 or 503 with Retry-After waited for up to a cap, a 5xx or a network
 * failure retried with growing waits, bodies read up to a limit. What counts as "asked to wait" beyond
 * Retry-After is the API's own ({@link WaitPolicy}): GitHub's exhausted rate limit, for instance.
 */
public final class PoliteExchange {

    /** An answer: status, the headers asked for (lower-case names), the body as UTF-8. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name));
        }
    }

    /** A wait the API asks for, and why, in words for the message that says it was too long. */
    public record Wait(Duration duration, String reason) {}

    /** What in an answer asks to wait before asking again; empty when the answer stands. */
    @FunctionalInterface
    public interface WaitPolicy {
        Optional<Wait> waitFor(Answer answer);

        /** Retry-After on a 429 or 503, as RFC 9110 says. */
        static WaitPolicy retryAfter(Clock clock) {
            return answer -> (answer.status() == 429 || answer.status() == 503)
                    ? answer.header("retry-after")
                            .flatMap(v -> RetryAfter.parse(v, clock))
                            .map(d -> new Wait(d, "HTTP " + answer.status() + " with Retry-After"))
                    : Optional.empty();
        }

        /** This policy, else {@code other}. */
        default WaitPolicy or(WaitPolicy other) {
            return answer -> waitFor(answer).or(() -> other.waitFor(answer));
        }
    }

    /** The host asked to wait longer than the cap, or kept failing: the caller keeps what it has and stops. */
    public static final class GaveUp extends Exception {
        GaveUp(String message) {
            super(message);
        }
    }

    private final HttpClient client;
    private final HostGate gate;
    private final int retries;
    private final Duration maxWait;
    private final int maxBody;
    private final List<String> headers;
    private int requests;

    public PoliteExchange(
            HttpClient client, HostGate gate, int retries, Duration maxWait, int maxBody, List<String> headers) {
        this.client = client;
        this.gate = gate;
        this.retries = retries;
        this.maxWait = maxWait;
        this.maxBody = maxBody;
        this.headers = List.copyOf(headers);
    }

    /** Requests sent so far, retries included. */
    public int requests() {
        return requests;
    }

    /** The gate every request passes (for a caller that must pause it, e.g. after an answer says so). */
    public HostGate gate() {
        return gate;
    }

    /**
     * Sends the request {@code build} makes until it is answered with something other than a wait or a
     * server error: a wait {@code policy} asks for pauses the gate (within the cap); 5xx and network failures
     * are retried with growing waits, {@code retries} times, and then the last 5xx is returned.
     */
    public Answer send(Supplier<HttpRequest> build, WaitPolicy policy, String what)
            throws InterruptedException, GaveUp {
        int failures = 0;
        int waits = 0;
        while (true) {
            Answer answer;
            gate.acquire();
            try {
                requests++;
                HttpResponse<InputStream> response =
                        client.send(build.get(), HttpResponse.BodyHandlers.ofInputStream());
                Map<String, String> kept = new LinkedHashMap<>();
                for (String name : headers) {
                    response.headers().firstValue(name).ifPresent(v -> kept.put(name, v));
                }
                response.headers().firstValue("retry-after").ifPresent(v -> kept.put("retry-after", v));
                byte[] bytes;
                try (InputStream in = response.body()) {
                    bytes = in.readNBytes(maxBody + 1);
                }
                if (bytes.length > maxBody) {
                    throw new GaveUp(
                            what + ": the answer is larger than " + (maxBody >> 20) + " MiB; that is not the API");
                }
                answer = new Answer(response.statusCode(), kept, new String(bytes, StandardCharsets.UTF_8));
            } catch (IOException e) {
                if (++failures > retries) {
                    throw new GaveUp(what + ": cannot reach the host (" + e + ") after " + failures + " tries");
                }
                gate.pause(backoff(failures));
                continue;
            } finally {
                gate.release();
            }
            Optional<Wait> wait = policy.waitFor(answer);
            if (wait.isPresent()) {
                if (wait.get().duration().compareTo(maxWait) > 0) {
                    throw new GaveUp(what + ": the host asks to wait "
                            + wait.get().duration().toSeconds() + " s ("
                            + wait.get().reason() + "), longer than the " + maxWait.toSeconds() + " s cap");
                }
                if (++waits > 20) {
                    throw new GaveUp(what + ": the host kept asking to wait after 20 waits");
                }
                gate.pause(wait.get().duration());
                continue;
            }
            if (answer.status() >= 500 && ++failures <= retries) {
                gate.pause(backoff(failures));
                continue;
            }
            return answer;
        }
    }

    private Duration backoff(int failures) {
        Duration wait = Duration.ofMillis(250L << Math.min(failures - 1, 6));
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }
}
