package io.github.awesomedsl.maven.metadata;

import io.github.awesomedsl.maven.http.HostGate;
import io.github.awesomedsl.maven.http.PoliteExchange;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What the metadata clients share: how they name themselves, and how third-party text is kept. */
final class MetadataClients {

    static final String USER_AGENT = "awesome-dsl-metadata/0.1 (+https://github.com/awesomedsl/awesome-dsl)";

    /** A title or a name is a line; nothing a service sends is kept longer than this. */
    static final int MAX_TEXT = 1000;

    private MetadataClients() {}

    /**
     * A paper service's exchange: HTTP/1.1, redirects followed, one request at a time {@code interval} after
     * the last answer, {@code retries} and {@code maxWait} as configured.
     */
    static PoliteExchange exchange(
            HttpClient.Builder client,
            Duration timeout,
            Duration interval,
            int retries,
            Duration maxWait,
            int maxBody,
            List<String> headers) {
        return new PoliteExchange(
                client.version(HttpClient.Version.HTTP_1_1)
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .connectTimeout(timeout)
                        .build(),
                new HostGate(1, interval),
                retries,
                maxWait,
                maxBody,
                headers);
    }

    /** Text on one line (white space and control characters folded to single spaces), at most {@link #MAX_TEXT}. */
    static Optional<String> clean(String text) {
        if (text == null) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_TEXT));
        boolean space = false;
        for (int i = 0; i < text.length() && out.length() < MAX_TEXT; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.length() == 0 ? Optional.empty() : Optional.of(out.toString());
    }
}
