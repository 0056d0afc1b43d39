package io.github.awesomedsl.validate.rules;

import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
import static io.github.awesomedsl.dsl.AwesomeDsl.list;
import static io.github.awesomedsl.dsl.AwesomeDsl.section;
import static io.github.awesomedsl.dsl.AwesomeDsl.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.model.AwesomeList;
import org.junit.jupiter.api.Test;

class InPageLinkRuleTest {

    @Test
    void anInPageLinkPointsAtAHeadingOfTheReadme() {
        AwesomeList list = list("Awesome Tools")
                .description(text("See ")
                        .link("the build tools", "#build-tools")
                        .text(" and ")
                        .link("the rest", "#nowhere"))
                .section(section("Build tools")
                        .entry(entry("Maven")
                                .url("https://maven.apache.org")
                                .description(text("Back to ")
                                        .link("top", "#contents")
                                        .text("."))))
                .section(section("Build tools")
                        .entry(entry("Ant")
                                .url("https://ant.apache.org")
                                .description(text("Also ")
                                        .link("here", "#build-tools-1")
                                        .text("."))))
                .build();
        assertThat(RuleFindings.messages(new InPageLinkRule(), list))
                .containsExactly(
                        "in-page-link : the in-page link #nowhere matches no heading of the README; link a heading's anchor"
                                + " (a heading \"Build tools\" is #build-tools)");
    }

    @Test
    void noInPageLinkNoFinding() {
        AwesomeList list = list("Awesome Tools")
                .section(section("S").entry(entry("A").url("https://a.example")))
                .build();
        assertThat(RuleFindings.of(new InPageLinkRule(), list)).isEmpty();
    }

    @Test
    void aPercentSignThatStartsNoEscapeIsReadAsWritten() {
        // found by HostileMarkdownFuzzTest: "#%on" made URLDecoder throw, and the whole validation with it
        AwesomeList list = list("Awesome Tools")
                .description(text("See ").link("this", "#%on").link("that", "#build%20tools"))
                .section(section("Build tools").entry(entry("A").url("https://a.example")))
                .build();
        assertThat(InPageLinkRule.anchor("#%on")).isEqualTo("%on");
        assertThat(InPageLinkRule.anchor("#build%20tools")).isEqualTo("build tools");
        assertThat(RuleFindings.messages(new InPageLinkRule(), list))
                .containsExactly(
                        "in-page-link : the in-page link #%on matches no heading of the README; link a heading's anchor"
                                + " (a heading \"Build tools\" is #build-tools)",
                        "in-page-link : the in-page link #build%20tools matches no heading of the README; link a"
                                + " heading's anchor (a heading \"Build tools\" is #build-tools)");
    }
}
