package io.github.awesomedsl.render;

import static io.github.awesomedsl.dsl.AwesomeDsl.cell;
import static io.github.awesomedsl.dsl.AwesomeDsl.column;
import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
import static io.github.awesomedsl.dsl.AwesomeDsl.list;
import static io.github.awesomedsl.dsl.AwesomeDsl.section;
import static io.github.awesomedsl.dsl.AwesomeDsl.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.metadata.GithubRepository;
import io.github.awesomedsl.metadata.Metadata;
import io.github.awesomedsl.metadata.RepositoryHealth;
import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Badge;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The opt-in stars and last push from the metadata lock, in entries and tables. */
class RepositoryStatsRenderingTest {

    private static RepositoryHealth health(String owner, String name, long stars, boolean archived) {
        return new RepositoryHealth(
                new GithubRepository(owner, name),
                Instant.parse("2026-11-30T00:00:00Z"),
                false,
                owner + "/" + name,
                stars,
                0,
                0,
                Optional.of(Instant.parse("2026-10-14T08:00:00Z")),
                archived,
                false,
                Optional.empty(),
                Optional.of("<img src=x onerror=alert(1)> [evil](javascript:x)"),
                Optional.empty());
    }

    static final Metadata LOCK = Metadata.of(List.of(
            health("acme", "rocket", 12_345, false),
            health("acme", "attic", 87, true),
            health("acme", "bare", 1_000_000, false)));

    static AwesomeList sample() {
        return list("Awesome Stars")
                .badge(Badge.AWESOME)
                .description("Tools with stars.")
                .section(section("Tools")
                        .entry(entry("Rocket")
                                .url("https://github.com/acme/rocket")
                                .description("Flies."))
                        .entry(entry("Attic")
                                .url("https://example.org/attic")
                                .description("Old things.")
                                .code("https://github.com/acme/attic"))
                        .entry(entry("Bare").url("https://github.com/acme/bare"))
                        .entry(entry("Elsewhere")
                                .url("https://example.org/else")
                                .description("Not on GitHub.")))
                .section(section("Datasets")
                        .table(table(column("Name"), column("Code"))
                                .row(cell("Set"), cell("code", "https://github.com/acme/rocket/tree/main/data"))
                                .row(cell("Other"), cell("site", "https://example.org/other"))))
                .build();
    }

    static String render(RenderOptions options) {
        return MarkdownRenderer.create(options.withRepositoryStats(LOCK)).render(sample());
    }

    @Test
    void showsStarsAndLastPushAfterEntriesAndInATableColumn() {
        String readme = render(RenderOptions.defaults());
        assertThat(readme)
                .contains("- [Rocket](https://github.com/acme/rocket) - Flies. (⭐ 12.3k · 2026-10)\n")
                .contains(
                        "- [Attic](https://example.org/attic) - Old things. [Code](https://github.com/acme/attic). (⭐ 87 · 2026-10 · archived)\n")
                .contains("- [Bare](https://github.com/acme/bare) (⭐ 1M · 2026-10)\n")
                .contains("- [Elsewhere](https://example.org/else) - Not on GitHub.\n")
                .contains("| Name  | Code                                                  | Stars           |\n")
                .contains("| Set   | [code](https://github.com/acme/rocket/tree/main/data) | 12.3k · 2026-10 |\n")
                .contains("| Other | [site](https://example.org/other)                     |                 |\n")
                .doesNotContain("onerror", "javascript:"); // the repository's own text never reaches the README
    }

    @Test
    void withoutTheOptionNothingChanges() {
        assertThat(MarkdownRenderer.create().render(sample()))
                .doesNotContain("⭐")
                .doesNotContain("| Stars");
    }

    @Test
    void sectionsSortTheirItemsInTheReadmeOnly() {
        var section = section("Tools")
                .entry(entry("beta").url("https://github.com/acme/attic").year(2021))
                .entry(entry("Alpha").url("https://github.com/acme/rocket").year(2019))
                .entry(entry("Gamma").url("https://example.org/gamma").year(2023))
                .entry(entry("Delta").url("https://github.com/acme/bare"));
        java.util.function.Function<io.github.awesomedsl.model.SortOrder, String> order = by -> {
            String readme = MarkdownRenderer.create(RenderOptions.defaults().withMetadata(LOCK))
                    .render(list("Awesome Order").section(section.sortBy(by)).build());
            return readme.lines()
                    .filter(l -> l.startsWith("- [") && !l.contains("](#"))
                    .map(l -> l.substring(3, l.indexOf(']')))
                    .toList()
                    .toString();
        };
        assertThat(order.apply(io.github.awesomedsl.model.SortOrder.NAME)).isEqualTo("[Alpha, beta, Delta, Gamma]");
        assertThat(order.apply(io.github.awesomedsl.model.SortOrder.YEAR)).isEqualTo("[Gamma, beta, Alpha, Delta]");
        assertThat(order.apply(io.github.awesomedsl.model.SortOrder.STARS)).isEqualTo("[Delta, Alpha, beta, Gamma]");
        // no stars are shown unless asked for; without a lock the declared order stays
        assertThat(MarkdownRenderer.create()
                        .render(list("Awesome Order")
                                .section(section.sortBy(io.github.awesomedsl.model.SortOrder.STARS))
                                .build()))
                .contains("- [beta](https://github.com/acme/attic) - 2021.\n- [Alpha]")
                .doesNotContain("⭐");
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0",
        "999, 999",
        "1000, 1k",
        "1049, 1k",
        "1050, 1.1k",
        "12345, 12.3k",
        "99949, 99.9k",
        "99950, 100k",
        "123456, 123k",
        "999499, 999k",
        "999500, 1M",
        "1250000, 1.3M"
    })
    void countsAreShort(long stars, String shown) {
        assertThat(RepositoryStats.count(stars)).isEqualTo(shown);
    }
}
