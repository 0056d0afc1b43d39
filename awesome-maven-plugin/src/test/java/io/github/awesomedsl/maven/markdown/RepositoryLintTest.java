package io.github.awesomedsl.maven.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.metadata.GithubRepository;
import io.github.awesomedsl.metadata.Metadata;
import io.github.awesomedsl.metadata.RepositoryHealth;
import io.github.awesomedsl.validate.Validator;
import io.github.awesomedsl.validate.rules.LockRules;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules over the metadata lock on a Markdown list: findings at its lines, and awesome:fix for a moved repository. */
class RepositoryLintTest {

    private static final Instant FETCHED = Instant.parse("2026-11-30T09:00:00Z");

    private static final Metadata LOCK = Metadata.of(List.of(
            new RepositoryHealth(
                    new GithubRepository("old", "tool"),
                    FETCHED,
                    false,
                    "new-owner/tool",
                    3,
                    0,
                    0,
                    Optional.of(FETCHED),
                    false,
                    false,
                    Optional.of("MIT"),
                    Optional.empty(),
                    Optional.empty()),
            new RepositoryHealth(
                    new GithubRepository("keeper", "attic"),
                    FETCHED,
                    false,
                    "keeper/attic",
                    3,
                    0,
                    0,
                    Optional.of(FETCHED),
                    true,
                    false,
                    Optional.of("MIT"),
                    Optional.empty(),
                    Optional.empty())));

    private static final String README = """
      # Awesome Things

      > Things worth having.

      ## Tools

      - [Tool](https://github.com/old/tool/tree/main) - Moved once.
      - [Attic](https://github.com/keeper/attic) - Kept anyway.
      - [Other](https://example.org/other) - Not on GitHub.
      """;

    @Test
    void findingsAreAtTheMarkdownLinesAndSayWhatToDoThere() {
        List<String> findings = new MarkdownLint(Validator.of(LockRules.of(LOCK, 365)))
                .lint("README.md", README).stream()
                        .map(f -> f.format("README.md"))
                        .toList();
        assertThat(findings)
                .containsExactly(
                        "README.md:7:1 (moved-repo) Tools › Tool: links https://github.com/old/tool/tree/main, but the repository is now new-owner/tool"
                                + " (renamed or transferred; fetched 2026-11-30), and the old URL redirects only until someone takes the old"
                                + " name; awesome:fix rewrites it to https://github.com/new-owner/tool/tree/main",
                        "README.md:8:1 (archived-repo) Tools › Attic: links https://github.com/keeper/attic, which its owners have archived (read-only)"
                                + " (fetched 2026-11-30); remove the entry, point it at a maintained fork or successor, or silence it with"
                                + " <!--lint ignore archived-repo--> if it stays for a reason");
    }

    @Test
    void theSilencingTheMessageOffersWorks() {
        String silenced = README.replace(
                "- [Tool]",
                "- [Other2](https://example.org/2) - Else.\n\n<!--lint ignore archived-repo-->\n\n- [Tool]");
        assertThat(new MarkdownLint(Validator.of(LockRules.of(LOCK, 365))).lint("README.md", silenced))
                .extracting(LintFinding::ruleId)
                .containsExactly("moved-repo");
    }

    @Test
    void awesomeFixRewritesAMovedRepositorysLinks() {
        MarkdownFixer fixer = new MarkdownFixer(
                WhitespaceStyle.DEFAULT,
                url -> LOCK.find(url).flatMap(RepositoryHealth::movedTo).map(to -> GithubRepository.relink(url, to)));
        MarkdownFixer.Result result = fixer.fix(README);
        assertThat(result.fixed())
                .contains("- [Tool](https://github.com/new-owner/tool/tree/main) - Moved once.\n")
                .contains("- [Attic](https://github.com/keeper/attic) - Kept anyway.\n");
        assertThat(result.fixes()).extracting(MarkdownFixer.Fix::ruleId).containsExactly("moved-repo");
        assertThat(fixer.fix(result.fixed()).fixes()).isEmpty();
    }
}
