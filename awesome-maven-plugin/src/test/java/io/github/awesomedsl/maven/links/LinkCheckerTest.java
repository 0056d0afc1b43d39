package io.github.awesomedsl.maven.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every answer a link can get, from servers on loopback addresses that count what they receive. */
class LinkCheckerTest {

    private static final LinkCheckOptions FAST = LinkCheckOptions.defaults()
            .withHostInterval(Duration.ZERO)
            .withTimeout(Duration.ofMillis(500))
            .withRetries(1, Duration.ofSeconds(2));

    private static LoopbackServer host2;

    @BeforeAll
    static void start() throws Exception {
        host2 = LoopbackServer.http("127.0.0.2");
    }

    @AfterAll
    static void stop() {
        host2.close();
    }

    private static Map<String, LinkResult> check(LinkCheckOptions options, String... urls) throws Exception {
        try (LinkChecker checker = new LinkChecker(options)) {
            return checker.check(List.of(urls), line -> {});
        }
    }

    private static LinkResult check(String url) throws Exception {
        return check(FAST, url).get(url);
    }

    @Test
    void anAnswerOf200IsOk() throws Exception {
        LinkResult result = check(host2.url("/ok"));
        assertThat(result.status()).isEqualTo(LinkStatus.OK);
        assertThat(result.httpStatus()).isEqualTo(200);
    }

    @Test
    void aChainOfPermanentRedirectsIsReportedWithItsEnd() throws Exception {
        LinkResult result = check(host2.url("/moved"));
        assertThat(result.status()).isEqualTo(LinkStatus.REDIRECTED);
        assertThat(result.movedTo()).isEqualTo(host2.url("/moved-final"));
        assertThat(result.message()).isEqualTo("moved permanently to " + host2.url("/moved-final"));
    }

    @Test
    void aTemporaryRedirectIsFollowedQuietly() throws Exception {
        assertThat(check(host2.url("/temporary")).status()).isEqualTo(LinkStatus.OK);
    }

    @Test
    void aRedirectLoopIsBroken() throws Exception {
        LinkResult result = check(host2.url("/loop"));
        assertThat(result.status()).isEqualTo(LinkStatus.BROKEN);
        assertThat(result.message()).startsWith("redirect loop at ");
    }

    @Test
    void a404IsBrokenAndNotRetried() throws Exception {
        int before = host2.requests("/missing");
        LinkResult result = check(host2.url("/missing"));
        assertThat(result.status()).isEqualTo(LinkStatus.BROKEN);
        assertThat(result.message()).isEqualTo("HTTP 404");
        assertThat(host2.requests("/missing") - before).isEqualTo(1);
    }

    @Test
    void aRefusedHeadIsRetriedAsGet() throws Exception {
        assertThat(check(host2.url("/no-head")).status()).isEqualTo(LinkStatus.OK);
        assertThat(host2.requests("/no-head")).isEqualTo(2);
    }

    @Test
    void a429IsRetriedAfterWhatRetryAfterSays() throws Exception {
        long start = System.nanoTime();
        LinkResult result = check(host2.url("/busy"));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(result.status()).isEqualTo(LinkStatus.OK);
        assertThat(millis).as("waited for Retry-After: 1").isGreaterThanOrEqualTo(950);
    }

    @Test
    void aServerErrorIsRetriedThenBroken() throws Exception {
        int before = host2.requests("/error");
        LinkResult result = check(host2.url("/error"));
        assertThat(result.status()).isEqualTo(LinkStatus.BROKEN);
        assertThat(result.message()).isEqualTo("HTTP 503");
        assertThat(host2.requests("/error") - before)
                .isEqualTo(4); // HEAD, then GET for the page (a bot wall?); one retry
    }

    @Test
    void aSilentHostIsUnverifiableAndAskedOnce() throws Exception {
        try (LoopbackServer silent = LoopbackServer.http("127.0.0.12")) {
            long start = System.nanoTime();
            Map<String, LinkResult> results = check(
                    FAST.withConcurrency(32, 1),
                    silent.url("/timeout"),
                    silent.url("/timeout?2"),
                    silent.url("/timeout?3"));
            assertThat(results.values()).extracting(LinkResult::status).containsOnly(LinkStatus.UNVERIFIABLE);
            // whichever of the three asks first waits for the timeout; the other two are not requested
            assertThat(results.values())
                    .extracting(LinkResult::message)
                    .containsOnlyOnce("no answer within 500 ms")
                    .filteredOn(m -> !m.equals("no answer within 500 ms"))
                    .containsOnly("127.0.0.12 did not answer within 500 ms earlier in this run; not requested again");
            assertThat(silent.requests("/timeout"))
                    .as("not retried, and its other links not asked")
                    .isEqualTo(1);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_900));
        }
    }

    @Test
    void aRefusedConnectionIsBroken() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.3"))) {
            port = socket.getLocalPort();
        }
        // another host answers, so the network is up: the refusal is the server's
        Map<String, LinkResult> results = check(FAST, "http://127.0.0.3:" + port + "/gone", host2.url("/ok?up"));
        LinkResult result = results.get("http://127.0.0.3:" + port + "/gone");
        assertThat(result.status()).isEqualTo(LinkStatus.BROKEN);
        assertThat(result.message()).startsWith("connection refused by 127.0.0.3");
    }

    @Test
    void aHostNameThatDoesNotExistIsBrokenWhileOthersAnswer() throws Exception {
        // names resolve through the test hosts file only (jdk.net.hosts.file): nothing is asked of a DNS server
        Map<String, LinkResult> results = check(FAST, "http://no-such-host.invalid/page", host2.url("/ok?dns"));
        assertThat(results.get("http://no-such-host.invalid/page").status()).isEqualTo(LinkStatus.BROKEN);
        assertThat(results.get("http://no-such-host.invalid/page").message())
                .isEqualTo("unknown host no-such-host.invalid");
    }

    @Test
    void withNoHostReachableEveryLinkIsOfflineNotBroken() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.13"))) {
            port = socket.getLocalPort();
        }
        Map<String, LinkResult> results = check(
                FAST, "http://127.0.0.13:" + port + "/a", "http://offline-a.invalid/", "http://offline-b.invalid/x");
        assertThat(results.values()).extracting(LinkResult::status).containsOnly(LinkStatus.OFFLINE);
    }

    @Test
    void aBotProtectionPageIsUnverifiableNotBroken() throws Exception {
        LinkResult wall = check(host2.url("/bot-wall"));
        assertThat(wall.status()).isEqualTo(LinkStatus.UNVERIFIABLE);
        assertThat(wall.message()).contains("bot-protection page");
        assertThat(check(host2.url("/forbidden")).status())
                .as("a plain 403 is the server's verdict")
                .isEqualTo(LinkStatus.BROKEN);
    }

    @Test
    void aSelfSignedCertificateIsATlsFailure(@TempDir Path dir) throws Exception {
        try (LoopbackServer tls = LoopbackServer.https("127.0.0.4", selfSigned(dir))) {
            LinkResult result = check(tls.url("/ok"));
            assertThat(result.status()).isEqualTo(LinkStatus.UNVERIFIABLE);
            assertThat(result.message()).startsWith("TLS the JDK cannot verify: ");
        }
    }

    @Test
    void aHugeBodyIsNotDownloaded() throws Exception {
        LinkResult result = check(host2.url("/huge"));
        assertThat(result.status()).isEqualTo(LinkStatus.OK);
        Thread.sleep(200);
        assertThat(host2.hugeBytesSent.get())
                .as("bytes the server managed to send of 1 GiB")
                .isLessThan(32L << 20);
    }

    @Test
    void excludedAndAllowedUrlsAreHonoured() throws Exception {
        LinkCheckOptions options = FAST.withExcludes(List.of(Pattern.compile("/private/")))
                .withAllowedStatus(Map.of(Pattern.compile("/missing$"), Set.of(404)));
        Map<String, LinkResult> results = check(options, host2.url("/private/x"), host2.url("/missing"));
        assertThat(results.get(host2.url("/private/x")).status()).isEqualTo(LinkStatus.SKIPPED);
        assertThat(results.get(host2.url("/missing")).status()).isEqualTo(LinkStatus.OK);
    }

    @Test
    void urlsAreCheckedOncePerCanonicalForm() throws Exception {
        int before = host2.requests("/ok");
        String url = host2.url("/ok");
        Map<String, LinkResult> results = check(FAST, url, url + "/", url + "#top", url + "?utm_source=x");
        assertThat(results)
                .hasSize(4)
                .allSatisfy((u, r) -> assertThat(r.status()).isEqualTo(LinkStatus.OK));
        assertThat(host2.requests("/ok") - before).isEqualTo(1);
    }

    @Test
    void arrivalsAtAHostAreNeverCloserThanTheInterval() throws Exception {
        try (LoopbackServer a = LoopbackServer.http("127.0.0.5");
                LoopbackServer b = LoopbackServer.http("127.0.0.6")) {
            List<String> urls = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                urls.add(a.url("/slow-ok?n=" + i));
                urls.add(b.url("/slow-ok?n=" + i));
                urls.add(a.url("/ok?n=" + i));
            }
            LinkCheckOptions options =
                    LinkCheckOptions.defaults().withConcurrency(16, 4).withHostInterval(Duration.ofMillis(80));
            try (LinkChecker checker = new LinkChecker(options)) {
                assertThat(checker.check(urls, line -> {}).values()).allMatch(r -> r.status() == LinkStatus.OK);
            }
            for (LoopbackServer server : List.of(a, b)) {
                assertThat(server.maxInFlight.get())
                        .as("with an interval, one request at a time")
                        .isEqualTo(1);
                // The next request starts an interval after the previous one was answered, and the previous one
                // had arrived before it was answered: so no slowness of the client or the server can bring two
                // arrivals closer than the interval.
                List<Long> starts = server.starts.stream().sorted().toList();
                for (int i = 1; i < starts.size(); i++) {
                    assertThat(starts.get(i) - starts.get(i - 1))
                            .as("gap between arrivals %d and %d, ns", i - 1, i)
                            .isGreaterThanOrEqualTo(80_000_000L);
                }
            }
            assertThat(a.totalRequests()).isEqualTo(24);
            assertThat(b.totalRequests()).isEqualTo(12);
        }
    }

    @Test
    void withoutAnIntervalThePerHostLimitHolds() throws Exception {
        try (LoopbackServer a = LoopbackServer.http("127.0.0.5");
                LoopbackServer b = LoopbackServer.http("127.0.0.6")) {
            List<String> urls = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                urls.add(a.url("/slow-ok?n=" + i));
                urls.add(b.url("/slow-ok?n=" + i));
            }
            LinkCheckOptions options =
                    LinkCheckOptions.defaults().withConcurrency(16, 2).withHostInterval(Duration.ZERO);
            try (LinkChecker checker = new LinkChecker(options)) {
                assertThat(checker.check(urls, line -> {}).values()).allMatch(r -> r.status() == LinkStatus.OK);
            }
            for (LoopbackServer server : List.of(a, b)) {
                assertThat(server.totalRequests()).isEqualTo(12);
                assertThat(server.maxInFlight.get())
                        .as("requests in flight at once")
                        .isLessThanOrEqualTo(2);
            }
            assertThat(a.maxInFlight.get() + b.maxInFlight.get())
                    .as("both hosts were busy at once")
                    .isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void theGlobalLimitHoldsThoughWorkersOutnumberIt() throws Exception {
        // the workers are several per request slot (a worker waiting out an interval holds none): requests in
        // flight are still at most the concurrency
        try (LoopbackServer a = LoopbackServer.http("127.0.0.7")) {
            List<String> urls = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                urls.add(a.url("/slow-ok?n=" + i));
            }
            LinkCheckOptions options =
                    LinkCheckOptions.defaults().withConcurrency(3, 8).withHostInterval(Duration.ZERO);
            try (LinkChecker checker = new LinkChecker(options)) {
                assertThat(checker.check(urls, line -> {}).values()).allMatch(r -> r.status() == LinkStatus.OK);
            }
            assertThat(a.totalRequests()).isEqualTo(24);
            assertThat(a.maxInFlight.get()).as("requests in flight at once").isEqualTo(3);
        }
    }

    @Test
    void aHostThatAsksToWaitADayIsReportedRateLimitedWithinTheCap() throws Exception {
        LinkCheckOptions options = FAST.withRetries(2, Duration.ofSeconds(60));
        long start = System.nanoTime();
        Map<String, LinkResult> results = check(
                options, host2.url("/rate-limited-for-a-day"), host2.url("/ok?after=limit"), host2.url("/ok?again"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        LinkResult limited = results.get(host2.url("/rate-limited-for-a-day"));
        assertThat(limited.status()).isEqualTo(LinkStatus.UNVERIFIABLE);
        assertThat(limited.message()).contains("asked to wait 100000 s", "longer than the 60 s cap");
        assertThat(host2.requests("/rate-limited-for-a-day"))
                .as("asked once, never again")
                .isEqualTo(1);
    }

    @Test
    void aShortMaintenanceWindowIsWaitedFor() throws Exception {
        LinkResult result = check(FAST.withRetries(2, Duration.ofSeconds(60)), host2.url("/maintenance"))
                .values()
                .iterator()
                .next();
        assertThat(result.status()).as("503 with Retry-After on every try").isEqualTo(LinkStatus.UNVERIFIABLE);
        assertThat(host2.requests("/maintenance")).isEqualTo(3);
    }

    @Test
    void linksRelativeToTheRepositoryAreSkippedNotBroken() throws Exception {
        for (String url : List.of("./docs/guide.md", "../LICENSE", "#tools", "docs/")) {
            LinkResult result = check(url);
            assertThat(result.status()).as(url).isEqualTo(LinkStatus.SKIPPED);
            assertThat(result.message()).startsWith("relative to the repository or the page");
        }
    }

    @Test
    void tenRedirectsEndOkAndElevenAreTooMany() throws Exception {
        assertThat(check(host2.url("/chain/10")).status()).isEqualTo(LinkStatus.OK);
        LinkResult tooMany = check(host2.url("/chain/11"));
        assertThat(tooMany.status()).isEqualTo(LinkStatus.BROKEN);
        assertThat(tooMany.message()).isEqualTo("more than 10 redirects");
        assertThat(check(FAST.withMaxRedirects(3), host2.url("/chain/4"))
                        .values()
                        .iterator()
                        .next()
                        .status())
                .isEqualTo(LinkStatus.BROKEN);
    }

    /** A key pair and self-signed certificate made with the JDK's keytool, for a TLS server nobody trusts. */
    private static SSLContext selfSigned(Path dir) throws Exception {
        Path store = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "server",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-validity",
                        "1",
                        "-dname",
                        "CN=127.0.0.4",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        store.toString(),
                        "-storepass",
                        "changeit",
                        "-keypass",
                        "changeit")
                .redirectErrorStream(true)
                .start();
        keytool.getInputStream().readAllBytes();
        assertThat(keytool.waitFor()).isZero();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(store.toFile())) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(factory.getKeyManagers(), null, null);
        return context;
    }
}
