package io.github.awesomedsl.maven.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.awesomedsl.metadata.GithubRepository;
import io.github.awesomedsl.metadata.Metadata;
import io.github.awesomedsl.metadata.RepositoryHealth;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which repositories a refresh asks for, the lock it leaves, and the lock file's bytes. */
class LockRefreshTest {

    @TempDir
    Path folder;

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    private static RepositoryHealth health(String owner, String name, Instant fetched, long stars) {
        return new RepositoryHealth(
                new GithubRepository(owner, name),
                fetched,
                false,
                owner + "/" + name,
                stars,
                1,
                2,
                Optional.of(Instant.parse("2026-11-01T08:00:00Z")),
                false,
                false,
                Optional.of("MIT"),
                Optional.of("Says \"hi\" \\ ünïcode"),
                Optional.of("Java"));
    }

    @Test
    void readsEveryGithubRepositoryOnceWhateverPageOfItIsLinked() {
        List<GithubRepository> linked = LockRefresh.linked(List.of(
                "https://github.com/Owner/Tool",
                "https://github.com/owner/tool/tree/main/docs",
                "https://github.com/owner/tool.git",
                "https://github.com/topics/java",
                "https://gist.github.com/owner/abc",
                "https://example.org/owner/tool",
                "http://www.github.com/other/thing#readme",
                "https://github.com/owner"));
        assertThat(linked)
                .containsExactly(new GithubRepository("Owner", "Tool"), new GithubRepository("other", "thing"));
    }

    @Test
    void asksOnlyForWhatTheLockLacksOrHoldsLongerThanTheMaximumAge() {
        GithubRepository fresh = new GithubRepository("a", "fresh");
        GithubRepository old = new GithubRepository("a", "old");
        GithubRepository absent = new GithubRepository("a", "absent");
        Metadata lock = Metadata.of(List.of(
                health("a", "fresh", NOW.minus(Duration.ofDays(6)), 1),
                health("a", "old", NOW.minus(Duration.ofDays(8)), 1)));
        assertThat(LockRefresh.stale(List.of(fresh, old, absent), lock, Duration.ofDays(7), NOW))
                .containsExactly(old, absent);
        assertThat(LockRefresh.stale(List.of(fresh, old, absent), lock, Duration.ZERO, NOW))
                .containsExactly(fresh, old, absent);
    }

    @Test
    void theNewLockHoldsExactlyTheLinkedRepositories() {
        Metadata lock = Metadata.of(List.of(
                health("a", "kept", NOW.minus(Duration.ofDays(1)), 1),
                health("a", "unlinked", NOW, 1),
                health("a", "refreshed", NOW.minus(Duration.ofDays(9)), 1)));
        GithubRepository kept = new GithubRepository("a", "kept");
        GithubRepository refreshed = new GithubRepository("a", "refreshed");
        GithubRepository unanswered = new GithubRepository("a", "unanswered");
        Metadata merged = LockRefresh.merge(
                List.of(kept, refreshed, unanswered), lock, Map.of(refreshed, health("a", "refreshed", NOW, 42)));
        assertThat(merged.repositories())
                .extracting(r -> r.repository().key())
                .containsExactly("a/kept", "a/refreshed");
        assertThat(merged.get(refreshed).orElseThrow().stars()).isEqualTo(42);
    }

    @Test
    void aSecondRunWithAFreshLockSendsNoRequest() throws Exception {
        try (FakeGithub github = new FakeGithub()) {
            github.add("a/one", 1, "2026-11-01T00:00:00Z", false, "MIT");
            github.add("b/two", 2, "2026-11-01T00:00:00Z", true, null);
            List<GithubRepository> linked =
                    LockRefresh.linked(List.of("https://github.com/a/one", "https://github.com/b/two"));
            GithubClient.Options options = new GithubClient.Options(
                    URI.create(github.url()), Optional.of("t"), 100, Duration.ofSeconds(5), 1, Duration.ofSeconds(5));
            Path file = folder.resolve("awesome-metadata.json");
            for (int run = 0; run < 2; run++) {
                Metadata lock = MetadataLock.read(file);
                List<GithubRepository> stale = LockRefresh.stale(linked, lock, Duration.ofDays(7), Instant.now());
                var fetched = new GithubClient(options).fetch(stale, line -> {});
                MetadataLock.write(file, LockRefresh.merge(linked, lock, fetched));
            }
            assertThat(github.requests.get()).isEqualTo(1);
            assertThat(MetadataLock.read(file).size()).isEqualTo(2);
        }
    }

    @Test
    void theLockIsSortedStableAndWrittenOnlyWhenItChanges() throws Exception {
        Metadata metadata = Metadata.of(List.of(
                health("zeta", "last", NOW, 3),
                health("Alpha", "First", NOW, 1),
                RepositoryHealth.missing(new GithubRepository("gone", "away"), NOW)));
        Path file = folder.resolve("awesome-metadata.json");
        assertThat(MetadataLock.write(file, metadata)).isTrue();
        assertThat(MetadataLock.write(file, MetadataLock.read(file))).isFalse();
        String text = Files.readString(file);
        assertThat(text.indexOf("\"Alpha/First\""))
                .isLessThan(text.indexOf("\"gone/away\""))
                .isLessThan(text.indexOf("\"zeta/last\""));
        assertThat(text)
                .contains(
                        "\"fullName\":\"Alpha/First\"",
                        "\"missing\":true",
                        "\"description\":\"Says \\\"hi\\\" \\\\ ünïcode\"")
                .endsWith("}\n");
        RepositoryHealth first = MetadataLock.read(file)
                .get(new GithubRepository("alpha", "first"))
                .orElseThrow();
        assertThat(first).isEqualTo(health("Alpha", "First", NOW, 1));
    }

    @Test
    void aDamagedLockIsRefusedWithWhatToDo() throws Exception {
        Path file = folder.resolve("awesome-metadata.json");
        Files.writeString(file, "{\"format\": 1, \"repositories\": {");
        assertThatThrownBy(() -> MetadataLock.read(file))
                .hasMessageContaining("is not valid JSON")
                .hasMessageContaining("run awesome:metadata again");
        Files.writeString(file, "{\"format\": 9}");
        assertThatThrownBy(() -> MetadataLock.read(file)).hasMessageContaining("format 1");
        Files.writeString(
                file, "{\"format\": 1, \"repositories\": {\"no-slash\": {\"fetched\": \"2026-01-01T00:00:00Z\"}}}");
        assertThatThrownBy(() -> MetadataLock.read(file)).hasMessageContaining("unreadable entry \"no-slash\"");
    }
}
