package io.github.awesomedsl.maven.links;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.awesomedsl.maven.output.AtomicFiles;
import io.github.awesomedsl.urls.CanonicalUrl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The results of earlier runs ({@code target/awesome/links.json}), by canonical URL, so that a rerun
 * after a failure only rechecks what is stale or failed: a working link younger than the maximum age is
 * taken from here; a broken one is always checked again.
 */
public final class LinkCache {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int VERSION = 1;

    private final Map<String, LinkResult> results;

    private LinkCache(Map<String, LinkResult> results) {
        this.results = results;
    }

    public static LinkCache empty() {
        return new LinkCache(new TreeMap<>());
    }

    /** The cache in {@code file}; empty when the file is missing or from another version. */
    public static LinkCache load(Path file) throws IOException {
        if (!Files.exists(file)) {
            return empty();
        }
        JsonNode root = JSON.readTree(file.toFile());
        if (root.path("version").asInt() != VERSION) {
            return empty();
        }
        Map<String, LinkResult> results = new TreeMap<>();
        for (JsonNode link : root.path("links")) {
            LinkResult result = new LinkResult(
                    link.path("url").asText(),
                    LinkStatus.valueOf(link.path("status").asText()),
                    link.path("httpStatus").asInt(),
                    link.path("movedTo").asText(""),
                    link.path("message").asText(""),
                    Instant.parse(link.path("checkedAt").asText()));
            results.put(CanonicalUrl.page(result.url()), result);
        }
        return new LinkCache(results);
    }

    /** A working result for {@code url} checked less than {@code maxAge} before {@code now}. */
    public Optional<LinkResult> fresh(String url, Duration maxAge, Instant now) {
        LinkResult cached = results.get(CanonicalUrl.page(url));
        if (cached == null || cached.status() != LinkStatus.OK && cached.status() != LinkStatus.REDIRECTED) {
            return Optional.empty();
        }
        if (cached.checkedAt().isBefore(now.minus(maxAge))) {
            return Optional.empty();
        }
        return Optional.of(new LinkResult(
                url, cached.status(), cached.httpStatus(), cached.movedTo(), cached.message(), cached.checkedAt()));
    }

    /**
     * The address to link instead of {@code url}, if an earlier check learnt one: the target of a permanent
     * redirect, or for a plain http URL the same address over https when that was checked and works.
     */
    public Optional<String> betterUrl(String url) {
        LinkResult cached = results.get(CanonicalUrl.page(url));
        if (cached == null) {
            return Optional.empty();
        }
        if (cached.status() == LinkStatus.REDIRECTED && !cached.movedTo().isEmpty()) {
            return Optional.of(cached.movedTo());
        }
        boolean plainHttp = url.regionMatches(true, 0, "http://", 0, 7);
        if (plainHttp
                && cached.status() == LinkStatus.OK
                && cached.url().regionMatches(true, 0, "https://", 0, 8)
                && cached.url().substring(8).equals(url.substring(7))) {
            return Optional.of(cached.url());
        }
        return Optional.empty();
    }

    public void put(LinkResult result) {
        if (result.status() != LinkStatus.SKIPPED) {
            results.put(CanonicalUrl.page(result.url()), result);
        }
    }

    /** Writes the cache (atomically, and only when it changed). */
    public void save(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("version", VERSION);
        ArrayNode links = root.putArray("links");
        for (LinkResult result : results.values()) {
            links.addObject()
                    .put("url", result.url())
                    .put("status", result.status().name())
                    .put("httpStatus", result.httpStatus())
                    .put("movedTo", result.movedTo())
                    .put("message", result.message())
                    .put("checkedAt", result.checkedAt().toString());
        }
        AtomicFiles.writeIfChanged(file, JSON.writeValueAsString(root) + "\n");
    }
}
