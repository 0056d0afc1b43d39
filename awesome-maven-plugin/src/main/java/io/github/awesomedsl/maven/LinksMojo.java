package io.github.awesomedsl.maven;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.awesomedsl.maven.links.KnownLink;
import io.github.awesomedsl.maven.links.LinkCache;
import io.github.awesomedsl.maven.links.LinkCheckOptions;
import io.github.awesomedsl.maven.links.LinkChecker;
import io.github.awesomedsl.maven.links.LinkResult;
import io.github.awesomedsl.maven.links.LinkStatus;
import io.github.awesomedsl.maven.output.AtomicFiles;
import io.github.awesomedsl.validate.Diagnostic;
import io.github.awesomedsl.validate.SarifReport;
import io.github.awesomedsl.validate.Severity;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Checks every link of the list (with {@code listClass}) or of any Markdown file ({@code
 * -Dawesome.file=README.md}, no project needed), politely and once per canonical URL, and reports
 * broken links and permanent redirects at their DSL or Markdown line, in the log, as JSON and as SARIF.
 * It needs the network, so it never runs in the default build: run it on demand or on a schedule.
 * Results are cached ({@code target/awesome/links.json}): a rerun asks again only for what is stale or
 * was broken.
 */
@Mojo(
        name = "links",
        requiresProject = false,
        requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public final class LinksMojo extends ListOrFileMojo {

    /** Requests in flight at once, all hosts together. */
    @Parameter(property = "awesome.links.concurrency", defaultValue = "32")
    private int concurrency;

    /** Requests in flight at once to one host, when {@code hostIntervalMillis} is 0 (with an interval they go one at a time). */
    @Parameter(property = "awesome.links.perHost", defaultValue = "4")
    private int perHost;

    /**
     * The least time, in milliseconds, between a host's answer and the next request to it, so that no two
     * requests arrive there closer than this.
     */
    @Parameter(property = "awesome.links.hostIntervalMillis", defaultValue = "100")
    private long hostIntervalMillis;

    /** How long one request may take, in milliseconds. */
    @Parameter(property = "awesome.links.timeoutMillis", defaultValue = "10000")
    private long timeoutMillis;

    /** How often a timeout, a 5xx or a 429 is retried. */
    @Parameter(property = "awesome.links.retries", defaultValue = "2")
    private int retries;

    /**
     * The longest wait, in seconds, for a host that answers 429 or 503 with Retry-After: one that asks for
     * longer is not waited for, and its links are reported unverifiable (which does not fail the build).
     */
    @Parameter(property = "awesome.links.maxWaitSeconds", defaultValue = "60")
    private long maxWaitSeconds;

    /** How many redirects are followed before a link counts as broken. */
    @Parameter(property = "awesome.links.maxRedirects", defaultValue = "10")
    private int maxRedirects;

    /** Regular expressions of URLs not to check (e.g. {@code ^https://example\.org/}). */
    @Parameter(property = "awesome.links.excludes")
    private List<String> excludes;

    /** Per URL regular expression, HTTP statuses that count as fine, e.g. {@code <linkedin\.com>999</linkedin\.com>}. */
    @Parameter
    private Map<String, String> allowedStatus;

    /** Where results are cached between runs; by default {@code target/awesome/links.json}. */
    @Parameter(property = "awesome.links.cache")
    private File cacheFile;

    /** How long a working link's result is trusted, in hours. */
    @Parameter(property = "awesome.links.cacheHours", defaultValue = "24")
    private long cacheHours;

    /** The JSON report of every result; by default {@code target/awesome/links-report.json}. */
    @Parameter(property = "awesome.links.report")
    private File reportFile;

    /** The SARIF report of broken and moved links; by default {@code target/awesome/links.sarif}. */
    @Parameter(property = "awesome.links.sarif")
    private File linksSarifFile;

    /** Fail the build when a link is broken. */
    @Parameter(property = "awesome.links.failOnBroken", defaultValue = "true")
    private boolean failOnBroken;

    /**
     * Fail when no host could be reached at all (no network). By default an offline run says so in one line
     * and passes: it checked nothing, so it found nothing broken.
     */
    @Parameter(property = "awesome.links.failOffline", defaultValue = "false")
    private boolean failOffline;

    /**
     * Links known to fail, accepted for a reason and optionally until a date, one per element:
     * {@code <knownLink>https://example.org/flaky | blocks bots | until 2027-06-01</knownLink>} (a trailing
     * {@code *} covers every URL that starts with the rest). Their failures are reported as accepted; an
     * acceptance past its date is reported, and the link fails again.
     */
    @Parameter
    private List<String> knownLinks;

    /** The environment variable holding a GitHub token, sent to github.com to raise its rate limit. */
    @Parameter(property = "awesome.links.githubTokenVariable", defaultValue = "GITHUB_TOKEN")
    private String githubTokenVariable;

    /** Skips this goal. */
    @Parameter(property = "awesome.links.skip", defaultValue = "false")
    private boolean skipLinks;

    @Override
    String goal() {
        return "links";
    }

    @Override
    boolean skipGoal() {
        return skipLinks;
    }

    /** The link cache, or an empty one (with a warning) when it cannot be read. */
    private LinkCache readCache(File cachePath) {
        try {
            return LinkCache.load(cachePath.toPath());
        } catch (IOException | RuntimeException e) {
            getLog().warn("Ignoring the unreadable link cache " + cachePath + ": " + e.getMessage());
            return LinkCache.empty();
        }
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        // without a project (a plain Markdown file) the build folder is ./target
        File reports = reportsDirectory();
        File cachePath = cacheFile != null ? cacheFile : new File(reports, "links.json");
        File reportPath = reportFile != null ? reportFile : new File(reports, "links-report.json");
        File sarifPath = linksSarifFile != null ? linksSarifFile : new File(reports, "links.sarif");
        // the cache is read (Jackson's first use: some 70 ms of class loading in a fresh JVM) while the README or
        // the list is read for its links: the two inputs are independent
        java.util.concurrent.CompletableFuture<LinkCache> cacheRead =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> readCache(cachePath));
        Map<String, List<Place>> places = places();
        LinkCheckOptions options = options();
        getLog().info("Checking " + places.size() + " links (" + concurrency + " at once, "
                + (hostIntervalMillis > 0
                        ? "one at a time per host, " + hostIntervalMillis + " ms after its last answer)"
                        : perHost + " per host)"));
        long start = System.nanoTime();
        Map<String, LinkResult> results;
        LinkCache cache = cacheRead.join();
        Instant now = Instant.now();
        LinkCache warm = cache;
        long cacheHits = places.keySet().stream()
                .filter(u -> warm.fresh(u, Duration.ofHours(cacheHours), now).isPresent())
                .count();
        try (LinkChecker checker = new LinkChecker(options)) {
            results = checker.check(places.keySet(), cache, Duration.ofHours(cacheHours), getLog()::info);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while checking links", e);
        }
        List<KnownLink> known = knownLinks();
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        for (KnownLink link : known) {
            if (link.expired(today)) {
                getLog().warn("The acceptance of " + link.url() + " (\"" + link.reason() + "\") expired on "
                        + link.until().get()
                        + "; it is checked like any link again: fix the link, or renew the date in <knownLinks>");
            }
        }
        Map<LinkStatus, Integer> counts = LinkChecker.count(results.values());
        int reachable = results.size() - counts.get(LinkStatus.SKIPPED);
        boolean offline = reachable > 0 && counts.get(LinkStatus.OFFLINE) == reachable;
        List<Diagnostic> findings = new ArrayList<>();
        int accepted = 0;
        int brokenCount = 0;
        for (LinkResult result : results.values()) {
            Optional<KnownLink> acceptedBy = known.stream()
                    .filter(k -> k.matches(result.url()) && !k.expired(today))
                    .findFirst();
            if (result.status() == LinkStatus.BROKEN && acceptedBy.isPresent()) {
                accepted++;
                getLog().info(result.url() + " is broken (" + result.message() + "), accepted: "
                        + acceptedBy.get().reason()
                        + acceptedBy
                                .get()
                                .until()
                                .map(d -> " (until " + d + ")")
                                .orElse(""));
                continue;
            }
            if (result.status() == LinkStatus.BROKEN || result.status() == LinkStatus.REDIRECTED) {
                boolean broken = result.status() == LinkStatus.BROKEN;
                brokenCount += broken ? 1 : 0;
                for (Place place : places.get(result.url())) {
                    Diagnostic d = new Diagnostic(
                            broken ? "broken-link" : "moved-link",
                            broken ? Severity.ERROR : Severity.WARNING,
                            result.url()
                                    + (broken
                                            ? " is broken: " + result.message()
                                            : " has moved: link " + result.movedTo()),
                            place.path(),
                            place.location());
                    findings.add(d);
                    String line = logLine(
                            file != null
                                    ? file.getName() + ":[" + place.location().line() + "] "
                                    : where(place.location()),
                            d);
                    if (broken) {
                        getLog().error(line);
                    } else {
                        getLog().warn(line);
                    }
                }
            }
        }
        if (!offline) {
            results.values().stream()
                    .filter(r -> r.status() == LinkStatus.UNVERIFIABLE)
                    .forEach(r -> getLog().warn(r.url() + " could not be verified: " + r.message()));
        }
        writeReports(cache, results, findings, cachePath, reportPath, sarifPath);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (offline) {
            String example = results.values().stream()
                    .filter(r -> r.status() == LinkStatus.OFFLINE)
                    .findFirst()
                    .map(LinkResult::message)
                    .orElse("");
            getLog().warn("links: no network: nothing was checked (" + reachable
                    + " links; no host could be reached, e.g. " + example + ")");
            if (failOffline) {
                throw new MojoFailureException(
                        "No host could be reached, so no link was checked (-Dawesome.links.failOffline=true)."
                                + " Run awesome:links where the network is up.");
            }
            return;
        }
        int brokenShown = brokenCount;
        getLog().info("links: " + results.size() + " in " + millis + " ms, " + cacheHits + " from the cache: "
                + counts.entrySet().stream()
                        .filter(e -> e.getKey() != LinkStatus.OFFLINE)
                        .map(e -> (e.getKey() == LinkStatus.BROKEN ? brokenShown : e.getValue()) + " "
                                + e.getKey().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .collect(Collectors.joining(", "))
                + (accepted > 0 ? ", " + accepted + " broken but accepted" : ""));
        if (failOnBroken && brokenCount > 0) {
            throw new MojoFailureException(
                    brokenCount + " broken links (listed above with their lines)."
                            + " Fix or remove them, accept them with a reason in <knownLinks>, exclude them with <excludes>, or run with"
                            + " -Dawesome.links.failOnBroken=false. (Unverifiable links, bot walls and timeouts, never fail the build.)");
        }
    }

    private List<KnownLink> knownLinks() throws MojoFailureException {
        List<KnownLink> known = new ArrayList<>();
        for (String text : knownLinks == null ? List.<String>of() : knownLinks) {
            try {
                known.add(KnownLink.parse(text));
            } catch (IllegalArgumentException e) {
                throw new MojoFailureException("Bad <knownLinks>: " + e.getMessage());
            }
        }
        return known;
    }

    private LinkCheckOptions options() throws MojoFailureException {
        try {
            List<Pattern> excluded = excludes == null
                    ? List.of()
                    : excludes.stream().map(Pattern::compile).toList();
            Map<Pattern, Set<Integer>> allowed = new LinkedHashMap<>();
            if (allowedStatus != null) {
                for (Map.Entry<String, String> entry : allowedStatus.entrySet()) {
                    allowed.put(
                            Pattern.compile(entry.getKey()),
                            Arrays.stream(entry.getValue().split("[,\\s]+"))
                                    .filter(s -> !s.isBlank())
                                    .map(Integer::valueOf)
                                    .collect(Collectors.toCollection(LinkedHashSet::new)));
                }
            }
            return LinkCheckOptions.defaults()
                    .withConcurrency(concurrency, perHost)
                    .withHostInterval(Duration.ofMillis(hostIntervalMillis))
                    .withTimeout(Duration.ofMillis(timeoutMillis))
                    .withRetries(retries, Duration.ofSeconds(maxWaitSeconds))
                    .withMaxRedirects(maxRedirects)
                    .withExcludes(excluded)
                    .withAllowedStatus(allowed)
                    .withGithubToken(Optional.ofNullable(System.getenv(githubTokenVariable))
                            .filter(t -> !t.isBlank()));
        } catch (PatternSyntaxException | NumberFormatException e) {
            throw new MojoFailureException("Bad <excludes> or <allowedStatus>: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Bad link-check settings: " + e.getMessage());
        }
    }

    private void writeReports(
            LinkCache cache,
            Map<String, LinkResult> results,
            List<Diagnostic> findings,
            File cacheFile,
            File reportFile,
            File linksSarifFile)
            throws MojoExecutionException {
        try {
            cache.save(cacheFile.toPath());
            ObjectNode report = JSON.createObjectNode();
            ArrayNode links = report.putArray("links");
            for (LinkResult r : results.values()) {
                links.addObject()
                        .put("url", r.url())
                        .put("status", r.status().name().toLowerCase(Locale.ROOT))
                        .put("httpStatus", r.httpStatus())
                        .put("movedTo", r.movedTo())
                        .put("message", r.message())
                        .put("checkedAt", r.checkedAt().toString());
            }
            AtomicFiles.writeIfChanged(reportFile.toPath(), JSON.writeValueAsString(report) + "\n");
            List<SarifReport.RuleDescriptor> rules = List.of(
                    new SarifReport.RuleDescriptor(
                            "broken-link", "Links answer (2xx after redirects).", Optional.of(Severity.ERROR)),
                    new SarifReport.RuleDescriptor(
                            "moved-link", "Links point where the page is now.", Optional.of(Severity.WARNING)));
            AtomicFiles.writeIfChanged(
                    linksSarifFile.toPath(),
                    SarifReport.of(
                            rules,
                            findings,
                            location -> file != null
                                    ? Optional.of(relative(file.toPath()))
                                    : sourceFile(location)
                                            .map(this::relative)
                                            .map(p -> p.replace(File.separatorChar, '/')),
                            plugin.getVersion()));
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the link reports: " + e.getMessage(), e);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
}
