package io.github.awesomedsl.validate.rules;

import static io.github.awesomedsl.dsl.AwesomeDsl.cell;
import static io.github.awesomedsl.dsl.AwesomeDsl.column;
import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
import static io.github.awesomedsl.dsl.AwesomeDsl.linkItem;
import static io.github.awesomedsl.dsl.AwesomeDsl.list;
import static io.github.awesomedsl.dsl.AwesomeDsl.section;
import static io.github.awesomedsl.dsl.AwesomeDsl.table;
import static io.github.awesomedsl.dsl.AwesomeDsl.text;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules about text fields: one nested class per rule. */
class TextRulesTest {

    @Nested
    class BlankText {
        @Test
        void reportsBlankTitlesDescriptionsAndLabels() {
            var list = list("Awesome")
                    .section(section("S")
                            .entry(entry(" ").url("https://a.org"))
                            .entry(entry("B").url("https://b.org").description("\u200B"))
                            .link(linkItem("T", "https://t.org").description("Fine.")))
                    .section(section("Data").table(table(column("")).row(cell("x"))))
                    .build();
            assertThat(RuleFindings.messages(new BlankTextRule(), list))
                    .containsExactly(
                            "blank-text S › : the title is blank; write it, or leave the optional value out",
                            "blank-text S › B: the description is blank; write it, or leave the optional value out",
                            "blank-text Data › table: the column name is blank; write it, or leave the optional value out");
        }

        @Test
        void canBeSuppressed() {
            var list = list("Awesome")
                    .section(section("S").entry(entry(" ").url("https://a.org").suppress("blank-text", "a test")))
                    .build();
            assertThat(RuleFindings.of(new BlankTextRule(), list)).isEmpty();
        }
    }

    @Nested
    class ControlCharacters {
        @Test
        void reportsTabsBreaksAndInvisibleCharactersButNotEmojiJoiners() {
            var list = list("Awesome")
                    .section(section("S")
                            .entry(entry("Tab\there").url("https://a.org"))
                            .entry(entry("Family 👨\u200D👩\u200D👧")
                                    .url("https://b.org")
                                    .description("Zero\u200Bwidth.")))
                    .build();
            assertThat(RuleFindings.messages(new ControlCharactersRule(), list))
                    .containsExactly(
                            "control-characters S › Tab\there: the title holds a tab at character 4 (\"Tab\\u0009here\"); remove it",
                            "control-characters S › Family 👨\u200D👩\u200D👧: the description holds a zero-width space (U+200B) at character 5 (\"Zero\\u200Bwidth.\"); remove it");
        }

        @Test
        void reportsBidirectionalControlsThatReorderWhatIsShown() {
            var list = list("Awesome")
                    .section(section("Build \u202E}; evil(); {\u202C")
                            .entry(entry("Tool").url("https://a.org").description("Safe \u2066text\u2069.")))
                    .build();
            assertThat(RuleFindings.messages(new ControlCharactersRule(), list))
                    .containsExactly(
                            "control-characters Build \u202E}; evil(); {\u202C: the section title holds the bidirectional control U+202E, which"
                                    + " can make text read otherwise than it is (if the text is right-to-left on purpose, suppress or silence the"
                                    + " finding) at character 7 (\"Build \\u202E}; evil(); …\"); remove it",
                            "control-characters Build \u202E}; evil(); {\u202C › Tool: the description holds the bidirectional control U+2066,"
                                    + " which can make text read otherwise than it is (if the text is right-to-left on purpose, suppress or"
                                    + " silence the finding) at character 6 (\"Safe \\u2066text\\u2069.\"); remove it");
        }

        @Test
        void canBeSuppressed() {
            var list = list("Awesome")
                    .section(section("S")
                            .entry(entry("A\tB").url("https://a.org").suppress("control-characters", "kept")))
                    .build();
            assertThat(RuleFindings.of(new ControlCharactersRule(), list)).isEmpty();
        }
    }

    @Nested
    class DescriptionStyle {
        @Test
        void wantsACapitalAndFinalPunctuation() {
            var list = list("Awesome")
                    .section(section("S")
                            .entry(entry("A").url("https://a.org").description("lowercase start."))
                            .entry(entry("B").url("https://b.org").description("No full stop"))
                            .entry(entry("C").url("https://c.org").description("iOS app for things!"))
                            .entry(entry("D").url("https://d.org").description("Fine.")))
                    .build();
            assertThat(RuleFindings.messages(new DescriptionStyleRule(), list))
                    .containsExactly(
                            "description-style S › A: the description starts with \"lowercase\"; start it with a capital: \"Lowercase\"",
                            "description-style S › B: the description ends with \"p\"; end the sentence with a full stop (or !, ? or …)");
        }

        @Test
        void acceptsTheEndingsAwesomeLintAcceptsAndLeavesTheMetadataAfterTheProse() {
            // each seen on real lists, each accepted by awesome-lint or item metadata after the sentence
            var list = list("Awesome")
                    .section(section("S")
                            .entry(entry("A").url("https://a.org").description("Does things. (MIT)"))
                            .entry(entry("B").url("https://b.org").description("Does things?"))
                            .entry(entry("C").url("https://c.org").description("Does things…"))
                            .entry(entry("D").url("https://d.org").description("Says \"hello.\""))
                            .entry(entry("E")
                                    .url("https://e.org")
                                    .description(text("Does things. (")
                                            .link("Demo", "https://e.org/demo")
                                            .text(") ")
                                            .code("MIT")
                                            .text(" ")
                                            .code("Go")))
                            .entry(entry("F")
                                    .url("https://f.org")
                                    .description(text("Does things. ")
                                            .badge("stars", "https://img.example.com/s.svg", "https://f.org/stars")))
                            .entry(entry("G").url("https://g.org").description("(macOS only)"))
                            .entry(entry("H").url("https://h.org").description("🚀"))
                            .entry(entry("I").url("https://i.org").description("Fast. 🚀"))
                            .entry(entry("J")
                                    .url("https://j.org")
                                    .description(text("Does things").code("MIT"))))
                    .build();
            assertThat(RuleFindings.messages(new DescriptionStyleRule(), list))
                    .containsExactly(
                            "description-style S › J: the description ends with \"s\"; end the sentence with a full stop (or !, ? or …)");
        }

        @Test
        void canBeSuppressed() {
            var list = list("Awesome")
                    .section(section("S")
                            .entry(entry("A")
                                    .url("https://a.org")
                                    .description("x")
                                    .suppress("description-style", "a name")))
                    .build();
            assertThat(RuleFindings.of(new DescriptionStyleRule(), list)).isEmpty();
        }
    }

    @Nested
    class Spelling {
        @Test
        void leavesUrlsPathsAndCommentsAlone() {
            var list = list("Awesome")
                    .section(section("S")
                            .entry(entry("A")
                                    .url("https://a.org")
                                    .description("See https://github.com/openjdk/jdk and .github/ files."))
                            .entry(entry("B")
                                    .url("https://b.org")
                                    .description("Mirrors www.github.com/x <!-- github --> too.")))
                    .build();
            assertThat(RuleFindings.of(new SpellingRule(), list)).isEmpty();
        }

        @Test
        void spellsProperNamesAsTheirOwnersDo() {
            var list = list("Awesome")
                    .section(section("Github tools")
                            .entry(entry("Biobert")
                                    .url("https://github.com/dmis-lab/biobert")
                                    .description("Uses Javascript and node.js, see stack overflow.")))
                    .build();
            assertThat(RuleFindings.messages(new SpellingRule(), list))
                    .containsExactlyInAnyOrder(
                            "spelling Github tools: the section title writes \"Github\"; the name is spelled \"GitHub\"",
                            "spelling Github tools › Biobert: the title writes \"Biobert\"; the name is spelled \"BioBERT\"",
                            "spelling Github tools › Biobert: the description writes \"Javascript\"; the name is spelled \"JavaScript\"",
                            "spelling Github tools › Biobert: the description writes \"node.js\"; the name is spelled \"Node.js\"",
                            "spelling Github tools › Biobert: the description writes \"stack overflow\"; the name is spelled \"Stack Overflow\"");
        }

        @Test
        void leavesCorrectNamesAndOrdinaryWordsAlone() {
            var list = list("Awesome")
                    .section(section("GitHub")
                            .entry(entry("A llama on arXiv")
                                    .url("https://github.com/x")
                                    .description("Runs on macOS, in JavaScript.")))
                    .build();
            assertThat(RuleFindings.of(new SpellingRule(), list)).isEmpty();
        }

        @Test
        void canBeSuppressed() {
            var list = list("Awesome")
                    .section(section("S")
                            .entry(entry("Github").url("https://a.org").suppress("spelling", "the product's old name")))
                    .build();
            assertThat(RuleFindings.of(new SpellingRule(), list)).isEmpty();
        }
    }

    /**
     * The list's description is prose made of spans: an image without alternative text, or the space between
     * two struck-through words, is no blank field (Awesome-LLM's README opens so; found importing it).
     */
    @Test
    void theSpansOfTheListsDescriptionAreNoBlankFields() {
        var list = io.github.awesomedsl.dsl.AwesomeDsl.list("Awesome Models")
                .description(io.github.awesomedsl.dsl.AwesomeDsl.image("", "resources/banner.gif"))
                .description(io.github.awesomedsl.dsl.AwesomeDsl.text("Models have taken the ")
                        .strikethrough("NLP community")
                        .text(" ")
                        .strikethrough("AI community")
                        .text(" by storm."))
                .section(io.github.awesomedsl.dsl.AwesomeDsl.section("Tools")
                        .entry(io.github.awesomedsl.dsl.AwesomeDsl.entry("Tool")
                                .url("https://example.org")
                                .description(" ")))
                .build();
        assertThat(RuleFindings.messages(new BlankTextRule(), list))
                .containsExactly(
                        "blank-text Tools › Tool: the description is blank; write it, or leave the optional value out");
    }
}
