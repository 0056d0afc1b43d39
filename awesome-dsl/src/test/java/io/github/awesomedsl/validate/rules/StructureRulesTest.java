package io.github.awesomedsl.validate.rules;

import static io.github.awesomedsl.dsl.AwesomeDsl.cell;
import static io.github.awesomedsl.dsl.AwesomeDsl.column;
import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
import static io.github.awesomedsl.dsl.AwesomeDsl.list;
import static io.github.awesomedsl.dsl.AwesomeDsl.section;
import static io.github.awesomedsl.dsl.AwesomeDsl.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.model.Badge;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules about the list's structure: one nested class per rule. */
class StructureRulesTest {

    @Nested
    class DuplicateTitle {
        @Test
        void reportsTheSecondItemOfASectionWithATitle() {
            var list = list("Awesome")
                    .section(section("B")
                            .entry(entry("Maven").url("https://maven.apache.org"))
                            .entry(entry(" Maven ").url("https://maven.org"))
                            .entry(entry("Gradle").url("https://gradle.org")))
                    .build();
            assertThat(RuleFindings.messages(new DuplicateTitleRule(), list))
                    .singleElement()
                    .asString()
                    .startsWith(
                            "duplicate-title B › Maven: \" Maven \" is already listed at B › Maven (StructureRulesTest.java:");
        }

        @Test
        void letterCaseAndOtherSectionsMakeOtherNames() {
            // seen on real lists: Steam and STEAM are two projects; two xlsx libraries of two languages
            var list = list("Awesome")
                    .section(section("Games")
                            .entry(entry("Steam").url("https://steam.example.com"))
                            .entry(entry("STEAM").url("https://steam-edu.example.com")))
                    .section(section("Go").entry(entry("xlsx").url("https://github.com/tealeg/xlsx")))
                    .section(section("Rust").entry(entry("xlsx").url("https://github.com/other/xlsx")))
                    .build();
            assertThat(RuleFindings.of(new DuplicateTitleRule(), list)).isEmpty();
        }

        @Test
        void canBeSuppressed() {
            var list = list("Awesome")
                    .section(section("A")
                            .entry(entry("X").url("https://a.org"))
                            .entry(entry("X")
                                    .url("https://b.org")
                                    .suppress("duplicate-title", "two tools share the name")))
                    .build();
            assertThat(RuleFindings.of(new DuplicateTitleRule(), list)).isEmpty();
        }
    }

    @Nested
    class DuplicateRow {
        @Test
        void rowsThatDifferInACellAreTwoRows() {
            // seen on real lists: one date, two papers
            var list = list("Awesome")
                    .section(section("News")
                            .table(table(column("Date"), column("Paper"))
                                    .row(cell("2023-01"), cell("P", "https://p.example.com"))
                                    .row(cell("2023-01"), cell("Q", "https://q.example.com"))))
                    .build();
            assertThat(RuleFindings.of(new DuplicateRowRule(), list)).isEmpty();
        }

        @Test
        void reportsARowThatRepeatsAnotherOfItsTable() {
            var list = list("Awesome")
                    .section(section("Data")
                            .table(table(column("Name"))
                                    .row(cell("UniProt"))
                                    .row(cell("PDBe"))
                                    .row(cell("uniprot")))
                            .table(table(column("Name")).row(cell("UniProt"))))
                    .build();
            assertThat(RuleFindings.messages(new DuplicateRowRule(), list))
                    .singleElement()
                    .asString()
                    .startsWith(
                            "duplicate-row Data › uniprot: row 3 repeats row 1 (\"uniprot\", StructureRulesTest.java:");
        }

        @Test
        void canBeSuppressed() {
            var list = list("Awesome")
                    .section(section("Data")
                            .table(table(column("Name"))
                                    .row(cell("A"))
                                    .row(cell("A"))
                                    .suppress("duplicate-row", "two releases")))
                    .build();
            assertThat(RuleFindings.of(new DuplicateRowRule(), list)).isEmpty();
        }
    }

    @Nested
    class HeadingCollision {
        @Test
        void reportsHeadingsWithTheSameAnchor() {
            var list = list("Awesome Tools")
                    .contributing("Send a pull request.")
                    .section(section("C++ Tools").placeholder())
                    .section(section("C Tools").placeholder())
                    .section(section("Contents").placeholder())
                    .section(section("Contributing").placeholder())
                    .section(section("Awesome Tools").placeholder())
                    .build();
            assertThat(RuleFindings.of(new HeadingCollisionRule(), list))
                    .extracting(d -> d.path() + ": " + d.message().replaceAll("\\(.*?\\)", "(…)"))
                    .containsExactly(
                            "C Tools: the heading's anchor #c-tools is also that of section C++ Tools (…); rename one of them",
                            "Contents: the heading's anchor #contents is also that of the generated Contents heading; rename one of them",
                            "Contributing: the heading's anchor #contributing is also that of the Contributing heading; rename one of them",
                            "Awesome Tools: the heading's anchor #awesome-tools is also that of the list's title; rename one of them");
        }

        @Test
        void yearGroupsAndDistinctHeadingsPass() {
            var list = list("Awesome")
                    .section(section("A")
                            .groupByYear()
                            .entry(entry("X").year(2020).url("https://x.org")))
                    .section(section("B")
                            .groupByYear()
                            .entry(entry("Y").year(2020).url("https://y.org")))
                    .build();
            assertThat(RuleFindings.of(new HeadingCollisionRule(), list)).isEmpty();
        }

        @Test
        void canBeSuppressed() {
            var list = list("Awesome")
                    .section(section("A").placeholder())
                    .section(section("a").placeholder().suppress("heading-collision", "linked by -1"))
                    .build();
            assertThat(RuleFindings.of(new HeadingCollisionRule(), list)).isEmpty();
        }
    }

    @Nested
    class TitleCase {
        @Test
        void wantsAwesomeXInTitleCase() {
            assertThat(RuleFindings.messages(
                            new TitleCaseRule(),
                            list("Awesome-Foundation-Models-for-Advancing-Healthcare")
                                    .build()))
                    .containsExactly(
                            "title-case : the title \"Awesome-Foundation-Models-for-Advancing-Healthcare\" uses hyphens for spaces;"
                                    + " write \"Awesome Foundation Models for Advancing Healthcare\"");
            assertThat(RuleFindings.messages(
                            new TitleCaseRule(),
                            list("Awesome foundation Models").build()))
                    .containsExactly(
                            "title-case : the title \"Awesome foundation Models\" is not in title case: capitalise"
                                    + " \"foundation\"; write \"Awesome Foundation Models\"");
            assertThat(RuleFindings.messages(
                            new TitleCaseRule(), list("Java Tools").build()))
                    .containsExactly(
                            "title-case : the title \"Java Tools\" should start with \"Awesome\"; write \"Awesome Java Tools\"");
            assertThat(RuleFindings.of(
                            new TitleCaseRule(),
                            list("Awesome Foundation Models for Advancing Healthcare")
                                    .build()))
                    .isEmpty();
        }

        @Test
        void canBeSuppressed() {
            assertThat(RuleFindings.of(
                            new TitleCaseRule(),
                            list("Java Tools")
                                    .suppress("title-case", "not an awesome list")
                                    .build()))
                    .isEmpty();
        }

        @Test
        void theSuggestionPassesInOneRun() {
            for (String title : java.util.List.of(
                    "Terminal tools I like", "awesome-java-tools", "Awesome foundation models", "tools of the trade")) {
                String suggested = TitleCaseRule.suggestion(title);
                assertThat(RuleFindings.of(new TitleCaseRule(), list(suggested).build()))
                        .as(title + " → " + suggested)
                        .isEmpty();
            }
            assertThat(TitleCaseRule.suggestion("Terminal tools I like")).isEqualTo("Awesome Terminal Tools I Like");
        }
    }

    @Nested
    class BadgePresent {
        @Test
        void wantsTheAwesomeBadge() {
            assertThat(RuleFindings.messages(new BadgeRule(), list("Awesome X").build()))
                    .containsExactly("badge : the list has no awesome badge; add .badge(Badge.AWESOME) after list(…)");
            assertThat(RuleFindings.of(
                            new BadgeRule(),
                            list("Awesome X").badge(Badge.AWESOME).build()))
                    .isEmpty();
        }

        @Test
        void canBeSuppressed() {
            assertThat(RuleFindings.of(
                            new BadgeRule(),
                            list("Awesome X")
                                    .suppress("badge", "not yet accepted")
                                    .build()))
                    .isEmpty();
        }
    }
}
