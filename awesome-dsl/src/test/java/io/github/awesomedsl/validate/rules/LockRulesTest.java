package io.github.awesomedsl.validate.rules;

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
import io.github.awesomedsl.validate.Diagnostic;
import io.github.awesomedsl.validate.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** archived-repo, moved-repo, stale-repo and missing-license over a metadata lock. */
class LockRulesTest {

    private static final Instant FETCHED = Instant.parse("2026-11-30T09:00:00Z");

    private static RepositoryHealth health(
            String fullName, String nowNamed, String pushed, boolean archived, String license) {
        int slash = fullName.indexOf('/');
        return new RepositoryHealth(
                new GithubRepository(fullName.substring(0, slash), fullName.substring(slash + 1)),
                FETCHED,
                false,
                nowNamed,
                10,
                1,
                1,
                Optional.of(Instant.parse(pushed)),
                archived,
                false,
                Optional.ofNullable(license),
                Optional.empty(),
                Optional.empty());
    }

    private static final Metadata LOCK = Metadata.of(List.of(
            health("keeper/attic", "keeper/attic", "2020-01-01T00:00:00Z", true, "MIT"),
            health("old/tool", "new-owner/tool", "2026-11-01T00:00:00Z", false, "MIT"),
            health("slow/lib", "slow/lib", "2025-06-01T00:00:00Z", false, "Apache-2.0"),
            health("busy/app", "busy/app", "2026-11-20T00:00:00Z", false, null),
            RepositoryHealth.missing(new GithubRepository("gone", "away"), FETCHED)));

    private static AwesomeList sample() {
        return list("Awesome")
                .section(section("Tools")
                        .entry(entry("Attic")
                                .url("https://github.com/keeper/attic")
                                .description("Old."))
                        .entry(entry("Tool")
                                .url("https://example.org/tool")
                                .code("https://github.com/Old/Tool/tree/main"))
                        .entry(entry("Lib")
                                .url("https://github.com/slow/lib")
                                .code("https://github.com/slow/lib#readme"))
                        .entry(entry("App").url("https://github.com/busy/app"))
                        .entry(entry("Gone").url("https://github.com/gone/away"))
                        .table(table(column("Name"), column("Code"))
                                .row(cell("Row"), cell("attic", "https://github.com/keeper/attic"))))
                .build();
    }

    private static List<String> findings(Validator validator, AwesomeList list) {
        return validator.validate(list).diagnostics().stream()
                .filter(d -> d.ruleId().endsWith("-repo") || d.ruleId().equals("missing-license"))
                .map(d -> d.ruleId() + " " + d.severity() + " " + d.path() + ": " + d.message())
                .toList();
    }

    @Test
    void reportsArchivedMovedAndStaleRepositoriesOncePerElement() {
        List<String> found = findings(Validator.of(LockRules.of(LOCK, 365)), sample());
        assertThat(found)
                .containsExactlyInAnyOrder(
                        "archived-repo WARNING Tools › Attic: links https://github.com/keeper/attic, which its owners have archived"
                                + " (read-only) (fetched 2026-11-30); remove the entry, point it at a maintained fork or successor, or"
                                + " suppress(\"archived-repo\", \"<why it stays>\")",
                        "archived-repo WARNING Tools › Row: links https://github.com/keeper/attic, which its owners have archived"
                                + " (read-only) (fetched 2026-11-30); remove the entry, point it at a maintained fork or successor, or"
                                + " suppress(\"archived-repo\", \"<why it stays>\")",
                        "moved-repo WARNING Tools › Tool: links https://github.com/Old/Tool/tree/main, but the repository is now"
                                + " new-owner/tool (renamed or transferred; fetched 2026-11-30), and the old URL redirects only until someone"
                                + " takes the old name; change the URL in the list source to https://github.com/new-owner/tool/tree/main",
                        "stale-repo INFO Tools › Lib: links https://github.com/slow/lib, which has had no push for 547 days (last"
                                + " 2025-06-01, fetched 2026-11-30; the limit is 365): check it still works, or mark the entry as unmaintained");
    }

    @Test
    void missingLicenseIsOffUntilTurnedOn() {
        Validator validator = Validator.of(LockRules.of(LOCK, 365));
        assertThat(validator.severity("missing-license")).isEmpty();
        assertThat(findings(validator.withSeverity("missing-license", "on"), sample()))
                .filteredOn(f -> f.startsWith("missing-license"))
                .containsExactly(
                        "missing-license WARNING Tools › App: links https://github.com/busy/app, which declares no licence"
                                + " (fetched 2026-11-30): without one, nobody may reuse its code; ask its owners for one or drop the entry if"
                                + " the list only recommends open source");
    }

    @Test
    void theStaleLimitIsConfigurable() {
        assertThat(findings(Validator.of(LockRules.of(LOCK, 600)), sample()))
                .noneMatch(f -> f.startsWith("stale-repo"));
        assertThat(findings(Validator.of(LockRules.of(LOCK, 5)), sample()))
                .filteredOn(f -> f.startsWith("stale-repo"))
                .hasSize(3); // lib, app (10 days), tool (29 days); not the archived one
    }

    @Test
    void withoutALockNothingIsFoundAndTheIdsCanStillBeConfigured() {
        Validator validator = Validator.of(LockRules.of(Metadata.empty(), 365)).withSeverity("archived-repo", "error");
        assertThat(validator.validate(sample()).diagnostics()).isEmpty();
    }

    @Test
    void anEntrySuppressesAFindingWithItsReason() {
        AwesomeList list = list("Awesome")
                .section(section("Tools")
                        .entry(entry("Attic")
                                .url("https://github.com/keeper/attic")
                                .suppress("archived-repo", "the reference implementation")))
                .build();
        List<Diagnostic> diagnostics =
                Validator.of(LockRules.of(LOCK, 365)).validate(list).diagnostics();
        assertThat(diagnostics).isEmpty();
    }
}
