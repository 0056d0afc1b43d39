package io.github.awesomedsl.maven.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCacheTest {

    @TempDir
    Path dir;

    @Test
    void aSecondRunAsksNothingOfAnUnchangedServerForFreshLinksButRechecksBrokenOnes() throws Exception {
        Path file = dir.resolve("links.json");
        try (LoopbackServer server = LoopbackServer.http("127.0.0.7")) {
            List<String> urls = List.of(server.url("/ok"), server.url("/moved"), server.url("/missing"));
            LinkCheckOptions options = LinkCheckOptions.defaults().withHostInterval(Duration.ZERO);
            try (LinkChecker checker = new LinkChecker(options)) {
                LinkCache cache = LinkCache.load(file);
                checker.check(urls, cache, Duration.ofHours(24), line -> {});
                cache.save(file);
            }
            int afterFirstRun = server.totalRequests();
            assertThat(Files.readString(file)).contains("\"status\" : \"REDIRECTED\"");

            try (LinkChecker checker = new LinkChecker(options)) {
                Map<String, LinkResult> second =
                        checker.check(urls, LinkCache.load(file), Duration.ofHours(24), line -> {});
                assertThat(second.get(server.url("/ok")).status()).isEqualTo(LinkStatus.OK);
                assertThat(second.get(server.url("/moved")).status()).isEqualTo(LinkStatus.REDIRECTED);
                assertThat(second.get(server.url("/missing")).status()).isEqualTo(LinkStatus.BROKEN);
            }
            assertThat(server.totalRequests() - afterFirstRun)
                    .as("only the broken link was asked again")
                    .isEqualTo(1);
            assertThat(server.requests("/missing")).isEqualTo(2);
        }
    }

    @Test
    void staleEntriesAreCheckedAgain() throws Exception {
        LinkCache cache = LinkCache.empty();
        Instant old = Instant.parse("2026-01-01T00:00:00Z");
        cache.put(new LinkResult("https://a.org/", LinkStatus.OK, 200, "", "HTTP 200", old));
        assertThat(cache.fresh("https://a.org", Duration.ofDays(1), old.plus(Duration.ofHours(23))))
                .isPresent();
        assertThat(cache.fresh("https://a.org", Duration.ofDays(1), old.plus(Duration.ofHours(25))))
                .isEmpty();
    }

    @Test
    void aBetterUrlIsAPermanentRedirectsTargetOrTheHttpsAddressThatWorks() {
        LinkCache cache = LinkCache.empty();
        java.time.Instant at = java.time.Instant.parse("2026-12-01T10:00:00Z");
        cache.put(new LinkResult(
                "https://moved.example.com/old",
                LinkStatus.REDIRECTED,
                301,
                "https://moved.example.com/new",
                "moved permanently",
                at));
        cache.put(new LinkResult("https://secure.example.com/page", LinkStatus.OK, 200, "", "200 OK", at));
        cache.put(new LinkResult("https://broken.example.com/page", LinkStatus.BROKEN, 404, "", "404", at));
        assertThat(cache.betterUrl("https://moved.example.com/old")).contains("https://moved.example.com/new");
        assertThat(cache.betterUrl("http://secure.example.com/page")).contains("https://secure.example.com/page");
        assertThat(cache.betterUrl("https://secure.example.com/page")).isEmpty();
        assertThat(cache.betterUrl("http://broken.example.com/page")).isEmpty();
        assertThat(cache.betterUrl("https://unknown.example.com")).isEmpty();
    }
}
