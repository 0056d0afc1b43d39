package io.github.awesomedsl.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GithubRepositoryTest {

    @ParameterizedTest
    @CsvSource({
        "https://github.com/owner/tool, owner, tool",
        "http://www.github.com/Owner/Tool/, Owner, Tool",
        "https://github.com/owner/tool.git, owner, tool",
        "https://github.com/owner/tool/tree/main/docs#usage, owner, tool",
        "https://github.com/owner/tool?tab=readme, owner, tool",
        "https://GitHub.com/a-b/c.d_e, a-b, c.d_e",
    })
    void readsTheRepositoryOfAnyOfItsPages(String url, String owner, String name) {
        assertThat(GithubRepository.of(url)).contains(new GithubRepository(owner, name));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://github.com/owner", "https://github.com/topics/java", "https://github.com/sponsors/someone",
                "https://github.com/orgs/acme/repositories", "https://gist.github.com/owner/abc",
                        "https://github.com.evil.example/a/b",
                "https://example.org/github.com/a/b", "https://github.com/-bad/name", "https://github.com/owner/..",
                "https://github.com/owner/a%2F..", "javascript:alert(1)//github.com/a/b",
                        "https://github.com/owner/tool name",
            })
    void refusesWhatIsNotARepository(String url) {
        assertThat(GithubRepository.of(url)).isEmpty();
    }

    @Test
    void keysAreCaseInsensitiveAsGithubsNamesAre() {
        assertThat(GithubRepository.of("https://github.com/Owner/Tool").map(GithubRepository::key))
                .contains("owner/tool");
    }

    @Test
    void relinkKeepsThePathInTheRepository() {
        GithubRepository to = new GithubRepository("new-owner", "renamed");
        assertThat(GithubRepository.relink("https://github.com/old/tool/tree/main/docs#x", to))
                .isEqualTo("https://github.com/new-owner/renamed/tree/main/docs#x");
        assertThat(GithubRepository.relink("https://github.com/old/tool.git", to))
                .isEqualTo("https://github.com/new-owner/renamed.git");
    }

    @Test
    void aNameGithubCannotHaveIsRefused() {
        assertThatThrownBy(() -> new GithubRepository("a\"b", "c")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new RepositoryHealth(
                                new GithubRepository("a", "b"),
                                java.time.Instant.EPOCH,
                                false,
                                "x\"/y",
                                0,
                                0,
                                0,
                                Optional.empty(),
                                false,
                                false,
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty())
                        .movedTo())
                .isEmpty();
    }
}
