package io.github.awesomedsl.maven.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.awesomedsl.metadata.GithubRepository;
import io.github.awesomedsl.metadata.RepositoryHealth;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The GitHub client against a fake GitHub API on loopback, which counts what the client does to it. */
class GithubClientTest {

    private FakeGithub github;
    private final List<String> progress = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        github = new FakeGithub();
    }

    @AfterEach
    void stop() {
        github.close();
    }

    private GithubClient client(boolean token, Duration maxWait, int retries) {
        return new GithubClient(new GithubClient.Options(
                URI.create(github.url()),
                token ? Optional.of("t0ken") : Optional.empty(),
                100,
                Duration.ofSeconds(10),
                retries,
                maxWait));
    }

    private GithubClient client() {
        return client(true, Duration.ofSeconds(30), 3);
    }

    private static GithubRepository repo(String fullName) {
        int slash = fullName.indexOf('/');
        return new GithubRepository(fullName.substring(0, slash), fullName.substring(slash + 1));
    }

    private List<GithubRepository> repos(int n) {
        List<GithubRepository> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            github.add("owner" + i + "/tool" + i, i, "2026-10-0" + (1 + i % 9) + "T10:00:00Z", false, "MIT");
            all.add(repo("owner" + i + "/tool" + i));
        }
        return all;
    }

    @Test
    void asksForAHundredRepositoriesPerGraphqlQuery() throws Exception {
        List<GithubRepository> all = repos(250);
        Map<GithubRepository, RepositoryHealth> fetched = client().fetch(all, progress::add);
        assertThat(github.requests.get()).isEqualTo(3);
        assertThat(github.batchSizes).containsExactly(100, 100, 50);
        assertThat(github.authorizations).containsOnly("Bearer t0ken");
        assertThat(fetched).hasSize(250);
        RepositoryHealth seventh = fetched.get(repo("owner7/tool7"));
        assertThat(seventh.stars()).isEqualTo(7);
        assertThat(seventh.forks()).isEqualTo(3);
        assertThat(seventh.openIssues()).isEqualTo(2);
        assertThat(seventh.pushed()).contains(Instant.parse("2026-10-08T10:00:00Z"));
        assertThat(seventh.license()).contains("MIT");
        assertThat(seventh.language()).contains("Java");
        assertThat(seventh.movedTo()).isEmpty();
    }

    @Test
    void readsRenamedArchivedAndMissingRepositories() throws Exception {
        github.add("new-owner/tool", 5, "2026-01-01T00:00:00Z", false, null);
        github.rename("old-owner/tool", "new-owner/tool");
        github.add("keeper/attic", 9, "2019-05-01T00:00:00Z", true, "Apache-2.0");
        Map<GithubRepository, RepositoryHealth> fetched = client().fetch(
                        List.of(repo("old-owner/tool"), repo("keeper/attic"), repo("nobody/nothing")), progress::add);
        assertThat(github.requests.get()).isEqualTo(1);
        assertThat(fetched.get(repo("old-owner/tool")).movedTo()).contains(repo("new-owner/tool"));
        assertThat(fetched.get(repo("old-owner/tool")).license()).isEmpty();
        assertThat(fetched.get(repo("keeper/attic")).archived()).isTrue();
        assertThat(fetched.get(repo("nobody/nothing")).missing()).isTrue();
        // a third party's text: one line, no terminal escapes
        assertThat(fetched.get(repo("keeper/attic")).description()).contains("A tool [31m that works");
    }

    @Test
    void waitsForTheResetOfAnExhaustedRateLimit() throws Exception {
        List<GithubRepository> all = repos(3);
        long reset = Instant.now().getEpochSecond() + 1;
        github.faults.add(new FakeGithub.Fault(
                403,
                Map.of("x-ratelimit-remaining", "0", "x-ratelimit-reset", Long.toString(reset)),
                "{\"message\":\"API rate limit exceeded\"}"));
        Map<GithubRepository, RepositoryHealth> fetched = client().fetch(all, progress::add);
        assertThat(fetched).hasSize(3);
        assertThat(github.requests.get()).isEqualTo(2);
        // the retry was sent after the reset second, not before
        assertThat(github.starts.get(1) / 1_000_000_000.0 - github.starts.get(0) / 1_000_000_000.0)
                .isGreaterThan(0.5);
        assertThat(Instant.now().getEpochSecond()).isGreaterThanOrEqualTo(reset);
    }

    @Test
    void stopsWithWhatItFetchedWhenTheResetIsBeyondTheCap() throws Exception {
        List<GithubRepository> all = repos(150);
        github.faultsAfter.set(1);
        long reset = Instant.now().getEpochSecond() + 3600;
        github.faults.add(new FakeGithub.Fault(
                403,
                Map.of("x-ratelimit-remaining", "0", "x-ratelimit-reset", Long.toString(reset)),
                "{\"message\":\"API rate limit exceeded\"}"));
        assertThatThrownBy(() -> client(true, Duration.ofSeconds(60), 3).fetch(all, progress::add))
                .isInstanceOfSatisfying(GithubClient.GithubException.class, e -> {
                    assertThat(e.fetched()).hasSize(100); // the first query's answer is kept
                    assertThat(e.getMessage())
                            .contains(
                                    "rate limit is used up",
                                    "longer than the 60 s cap",
                                    "until " + Instant.ofEpochSecond(reset),
                                    "Run again later");
                });
        assertThat(github.requests.get()).isEqualTo(2); // no hour of sleeping, no hammering
    }

    @Test
    void honoursASecondaryRateLimitsRetryAfter() throws Exception {
        List<GithubRepository> all = repos(2);
        github.faults.add(new FakeGithub.Fault(
                403, Map.of("retry-after", "1"), "{\"message\":\"You have exceeded a secondary rate limit.\"}"));
        github.faults.add(new FakeGithub.Fault(429, Map.of("retry-after", "1"), "{}"));
        Map<GithubRepository, RepositoryHealth> fetched = client().fetch(all, progress::add);
        assertThat(fetched).hasSize(2);
        assertThat(github.requests.get()).isEqualTo(3);
        assertThat((github.starts.get(1) - github.starts.get(0)) / 1e9).isGreaterThanOrEqualTo(0.95);
        assertThat((github.starts.get(2) - github.starts.get(1)) / 1e9).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void graphqlsOwnRateLimitStopsTheRunWithWhatWasFetched() {
        List<GithubRepository> all = repos(150);
        github.faultsAfter.set(1);
        github.faults.add(new FakeGithub.Fault(
                200,
                Map.of("x-ratelimit-remaining", "0", "x-ratelimit-reset", "1800000000"),
                "{\"data\":null,\"errors\":[{\"type\":\"RATE_LIMITED\",\"message\":\"API rate limit exceeded\"}]}"));
        assertThatThrownBy(() -> client().fetch(all, progress::add))
                .isInstanceOfSatisfying(
                        GithubClient.GithubException.class,
                        e -> assertThat(e.fetched()).hasSize(100))
                .hasMessageContaining("RATE_LIMITED, resets at 2027-01-15T08:00:00Z");
    }

    @Test
    void retriesABadGatewayAndGivesUpAfterTheRetries() throws Exception {
        List<GithubRepository> all = repos(2);
        github.faults.add(new FakeGithub.Fault(502, Map.of(), "<html>Bad Gateway</html>"));
        assertThat(client().fetch(all, progress::add)).hasSize(2);
        assertThat(github.requests.get()).isEqualTo(2);

        github.requests.set(0);
        for (int i = 0; i < 3; i++) {
            github.faults.add(new FakeGithub.Fault(502, Map.of(), "<html>Bad Gateway</html>"));
        }
        assertThatThrownBy(() -> client(true, Duration.ofSeconds(30), 2).fetch(all, progress::add))
                .isInstanceOf(GithubClient.GithubException.class)
                .hasMessageContaining("HTTP 502")
                .hasMessageContaining("run again later");
        assertThat(github.requests.get()).isEqualTo(3);
    }

    @Test
    void aRefusedTokenSaysWhichVariableToCheck() {
        github.faults.add(new FakeGithub.Fault(401, Map.of(), "{\"message\":\"Bad credentials\"}"));
        assertThatThrownBy(() -> client().fetch(repos(1), progress::add))
                .hasMessageContaining("HTTP 401 (Bad credentials)")
                .hasMessageContaining("GITHUB_TOKEN");
    }

    @Test
    void withoutATokenAsksRestOneRepositoryAtATimeAndFollowsARename() throws Exception {
        github.add("new-owner/tool", 5, "2026-01-01T00:00:00Z", false, "MIT");
        github.rename("old-owner/tool", "new-owner/tool");
        Map<GithubRepository, RepositoryHealth> fetched = client(false, Duration.ofSeconds(30), 3)
                .fetch(List.of(repo("old-owner/tool"), repo("nobody/nothing")), progress::add);
        assertThat(github.authorizations).containsOnly("null");
        assertThat(github.requests.get()).isEqualTo(3); // the 301, its target, the 404
        assertThat(fetched.get(repo("old-owner/tool")).movedTo()).contains(repo("new-owner/tool"));
        assertThat(fetched.get(repo("old-owner/tool")).stars()).isEqualTo(5);
        assertThat(fetched.get(repo("nobody/nothing")).missing()).isTrue();
    }

    @Test
    void enterpriseServersHaveGraphqlBesideV3() {
        assertThat(GithubClient.graphqlEndpoint(URI.create("https://ghe.example.com/api/v3")))
                .hasToString("https://ghe.example.com/api/graphql");
        assertThat(GithubClient.graphqlEndpoint(URI.create("https://api.github.com")))
                .hasToString("https://api.github.com/graphql");
    }
}
