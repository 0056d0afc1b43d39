package io.github.awesomedsl.maven;

import io.github.awesomedsl.maven.metadata.ArxivClient;
import io.github.awesomedsl.maven.metadata.CrossrefClient;
import io.github.awesomedsl.maven.metadata.GithubClient;
import io.github.awesomedsl.maven.metadata.LockRefresh;
import io.github.awesomedsl.maven.metadata.MetadataLock;
import io.github.awesomedsl.maven.metadata.PaperException;
import io.github.awesomedsl.metadata.GithubRepository;
import io.github.awesomedsl.metadata.Metadata;
import io.github.awesomedsl.metadata.PaperRecord;
import io.github.awesomedsl.metadata.RepositoryHealth;
import io.github.awesomedsl.model.PaperId;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fetches, for every GitHub repository the list links (entries, code links, rich text, table cells), its
 * stars, forks, open issues, last push, archived and disabled flags, current name (a renamed or transferred
 * repository), licence, description and language, and writes them to the metadata lock
 * ({@code awesome-metadata.json}), to be committed. It needs the network, so it never runs in the default
 * build: every other goal reads the lock and never the network (the archived-repo, moved-repo, stale-repo and
 * missing-license rules, the opt-in stars in the README, the catalog). Only repositories the lock lacks or
 * holds for longer than {@code maxAgeDays} are asked for, a hundred per GraphQL query with a token.
 */
@Mojo(
        name = "metadata",
        requiresProject = false,
        requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public final class MetadataMojo extends ListOrFileMojo {

    /** The metadata lock: written here, read by the other goals. */
    @Parameter(property = "awesome.metadata.file", defaultValue = "${project.basedir}/awesome-metadata.json")
    private File metadataFile;

    /** Repositories fetched less than this many days ago are not asked for again; 0 refreshes all. */
    @Parameter(property = "awesome.metadata.maxAgeDays", defaultValue = "7")
    private int maxAgeDays;

    /** The GitHub API; GitHub Enterprise Server's is {@code https://host/api/v3}. */
    @Parameter(property = "awesome.github.apiUrl", defaultValue = "https://api.github.com")
    private String apiUrl;

    /**
     * The environment variable holding a GitHub token. With one, repositories are fetched a hundred per
     * GraphQL query (5,000 points an hour); without, one per REST request, 60 an hour.
     */
    @Parameter(property = "awesome.github.tokenVariable", defaultValue = "GITHUB_TOKEN")
    private String tokenVariable;

    /** Repositories per GraphQL query (GitHub allows up to 100). */
    @Parameter(property = "awesome.github.batchSize", defaultValue = "100")
    private int batchSize;

    /** How long one request may take, in milliseconds. */
    @Parameter(property = "awesome.metadata.timeoutMillis", defaultValue = "30000")
    private long timeoutMillis;

    /** How often a 5xx or a network failure is retried. */
    @Parameter(property = "awesome.metadata.retries", defaultValue = "3")
    private int retries;

    /**
     * The longest wait, in seconds, for a rate limit (Retry-After, or an exhausted limit's reset). A longer
     * one is not sat out: what was fetched is written to the lock and the goal fails saying when to rerun.
     */
    @Parameter(property = "awesome.metadata.maxWaitSeconds", defaultValue = "900")
    private long maxWaitSeconds;

    /** Also fetch the papers the list links by identifier (arXiv, DOI, bioRxiv, medRxiv, ACL Anthology). */
    @Parameter(property = "awesome.metadata.papers", defaultValue = "true")
    private boolean papers;

    /** The arXiv API's query endpoint. */
    @Parameter(property = "awesome.arxiv.apiUrl", defaultValue = "https://export.arxiv.org/api/query")
    private String arxivUrl;

    /** The least time between arXiv's answer and the next request, in milliseconds (arXiv asks for 3 s). */
    @Parameter(property = "awesome.arxiv.intervalMillis", defaultValue = "3000")
    private long arxivIntervalMillis;

    /** The Crossref REST API. */
    @Parameter(property = "awesome.crossref.apiUrl", defaultValue = "https://api.crossref.org")
    private String crossrefUrl;

    /** An address Crossref may write to about this client's use: it puts the requests in its polite pool. */
    @Parameter(property = "awesome.crossref.mailto")
    private String mailto;

    /**
     * Whether Maven runs offline ({@code -o}): then no remote host is asked, and a refresh that needs one fails
     * (an API on loopback, a test server or a local proxy, is not remote).
     */
    @Parameter(defaultValue = "${settings.offline}", readonly = true)
    private boolean offline;

    /** Skips this goal. */
    @Parameter(property = "awesome.metadata.skip", defaultValue = "false")
    private boolean skipMetadata;

    @Override
    String goal() {
        return "metadata";
    }

    @Override
    boolean skipGoal() {
        return skipMetadata;
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        java.util.Set<String> urls = places().keySet();
        List<GithubRepository> linked = LockRefresh.linked(urls);
        Metadata lock = readLock(metadataFile);
        if (maxAgeDays < 0) {
            throw new MojoFailureException("awesome.metadata.maxAgeDays is " + maxAgeDays + "; use 0 or more days");
        }
        Instant now = Instant.now();
        List<GithubRepository> stale = LockRefresh.stale(linked, lock, Duration.ofDays(maxAgeDays), now);
        GithubClient.Options options = options();
        String name = relative(metadataFile.toPath());
        getLog().info("metadata: " + linked.size() + " GitHub repositories linked, " + (linked.size() - stale.size())
                + " fresh in " + name + " (younger than " + maxAgeDays + " days), " + stale.size() + " to fetch"
                + (stale.isEmpty()
                        ? ""
                        : options.token().isPresent()
                                ? " with GraphQL, " + batchSize + " per query"
                                : " with REST, one per request (no " + tokenVariable
                                        + " set: 60 requests an hour; set a token for batched GraphQL)"));
        List<PaperId> papersLinked = papers ? LockRefresh.papers(urls) : List.of();
        List<PaperId> stalePapers = LockRefresh.stalePapers(papersLinked, lock, Duration.ofDays(maxAgeDays), now);
        List<PaperId> arxivIds = stalePapers.stream()
                .filter(id -> id.scheme() == PaperId.Scheme.ARXIV)
                .toList();
        List<PaperId> crossrefIds = stalePapers.stream()
                .filter(id -> CrossrefClient.doi(id).isPresent())
                .toList();
        if (!papersLinked.isEmpty()) {
            getLog().info("metadata: " + papersLinked.size() + " papers linked by identifier, "
                    + (papersLinked.size() - stalePapers.size()) + " fresh, " + arxivIds.size() + " to ask arXiv for, "
                    + crossrefIds.size() + " to ask Crossref for"
                    + (stalePapers.size() > arxivIds.size() + crossrefIds.size()
                            ? " (PubMed and old-style ACL ids are not fetched)"
                            : ""));
        }
        requireOnline(!stale.isEmpty(), options.apiUrl(), stale.size() + " repositories", name);
        requireOnline(!arxivIds.isEmpty(), URI.create(arxivUrl), arxivIds.size() + " arXiv papers", name);
        requireOnline(!crossrefIds.isEmpty(), URI.create(crossrefUrl), crossrefIds.size() + " DOIs", name);
        long start = System.nanoTime();
        Map<GithubRepository, RepositoryHealth> fetched = Map.of();
        Map<String, PaperRecord> fetchedPapers = new java.util.LinkedHashMap<>();
        int requests = 0;
        List<String> failures = new ArrayList<>();
        try {
            if (!stale.isEmpty()) { // a fresh lock needs no client: not even its threads are started
                try (GithubClient client = new GithubClient(options)) {
                    try {
                        fetched = client.fetch(stale, getLog()::info);
                    } catch (GithubClient.GithubException e) {
                        failures.add(e.getMessage());
                        fetched = e.fetched();
                    }
                    requests += client.requests();
                }
            }
            if (!arxivIds.isEmpty()) {
                ArxivClient arxiv = new ArxivClient(new ArxivClient.Options(
                        URI.create(arxivUrl),
                        100,
                        Duration.ofMillis(arxivIntervalMillis),
                        Duration.ofMillis(timeoutMillis),
                        retries,
                        Duration.ofSeconds(maxWaitSeconds)));
                try {
                    fetchedPapers.putAll(arxiv.fetch(arxivIds, getLog()::info));
                } catch (PaperException e) {
                    failures.add(e.getMessage());
                    fetchedPapers.putAll(e.fetched());
                }
                requests += arxiv.requests();
            }
            if (!crossrefIds.isEmpty()) {
                CrossrefClient crossref = new CrossrefClient(new CrossrefClient.Options(
                        URI.create(crossrefUrl),
                        Optional.ofNullable(mailto).filter(m -> !m.isBlank()),
                        Duration.ofMillis(timeoutMillis),
                        retries,
                        Duration.ofSeconds(maxWaitSeconds)));
                try {
                    fetchedPapers.putAll(crossref.fetch(crossrefIds, getLog()::info));
                } catch (PaperException e) {
                    failures.add(e.getMessage());
                    fetchedPapers.putAll(e.fetched());
                }
                requests += crossref.requests();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while fetching metadata", e);
        }
        if (!failures.isEmpty() && fetched.isEmpty() && fetchedPapers.isEmpty()) {
            throw new MojoFailureException(String.join("; ", failures) + ". Nothing was fetched; " + name
                    + (metadataFile.exists() ? " is unchanged." : " was not written."));
        }
        Metadata updated = LockRefresh.merge(linked, lock, fetched);
        if (papers) {
            updated = LockRefresh.withPapers(updated, papersLinked, fetchedPapers);
        }
        boolean written;
        try {
            written = MetadataLock.write(metadataFile.toPath(), updated);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + metadataFile + ": " + e.getMessage(), e);
        }
        long archived = updated.repositories().stream()
                .filter(RepositoryHealth::archived)
                .count();
        long moved = updated.repositories().stream()
                .filter(r -> r.movedTo().isPresent())
                .count();
        long missing = updated.repositories().stream()
                .filter(RepositoryHealth::missing)
                .count();
        Metadata result = updated;
        int dropped = (int) lock.repositories().stream()
                .filter(r -> result.get(r.repository()).isEmpty())
                .count();
        long retracted =
                updated.papers().stream().filter(PaperRecord::retracted).count();
        getLog().info("metadata: " + (fetched.size() + fetchedPapers.size()) + " fetched in " + requests
                + (requests == 1 ? " request, " : " requests, ")
                + (System.nanoTime() - start) / 1_000_000 + " ms; " + name + " "
                + (written ? "written" : "unchanged") + " (" + updated.size() + " repositories: " + archived
                + " archived, " + moved + " moved, " + missing + " missing"
                + (dropped > 0 ? "; " + dropped + " no longer linked, dropped" : "")
                + (updated.papers().isEmpty()
                        ? ""
                        : "; " + updated.papers().size() + " papers: " + retracted + " retracted")
                + ")");
        if (!failures.isEmpty()) {
            throw new MojoFailureException(String.join("; ", failures) + ". What was fetched before is in " + name
                    + "; a rerun asks only for the rest.");
        }
    }

    /** Under {@code -o}, no remote host is asked: a refresh that needs one fails before anything is sent. */
    private void requireOnline(boolean needed, URI api, String what, String lockName) throws MojoFailureException {
        if (offline && needed && !isLoopback(api)) {
            throw new MojoFailureException("Maven runs offline (-o), and " + what + " need fetching from " + api
                    + ". Run awesome:metadata without -o; the other goals read " + lockName + " offline.");
        }
    }

    /** A loopback address written as such (no name is resolved to find out). */
    private static boolean isLoopback(URI api) {
        String host = api.getHost();
        return host.equalsIgnoreCase("localhost")
                || host.equals("[::1]")
                || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    /** The lock in {@code file}, or a failure that says how to repair it. */
    static Metadata readLock(File file) throws MojoFailureException {
        try {
            return MetadataLock.read(file.toPath());
        } catch (IOException e) {
            throw new MojoFailureException("The metadata lock " + file + " " + e.getMessage() + ".", e);
        }
    }

    private GithubClient.Options options() throws MojoFailureException {
        try {
            return new GithubClient.Options(
                    new URI(apiUrl.strip()),
                    Optional.ofNullable(System.getenv(tokenVariable)).filter(t -> !t.isBlank()),
                    batchSize,
                    Duration.ofMillis(timeoutMillis),
                    retries,
                    Duration.ofSeconds(maxWaitSeconds));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new MojoFailureException("Bad awesome:metadata settings: " + e.getMessage());
        }
    }
}
