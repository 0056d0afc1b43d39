package io.github.awesomedsl.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubSluggerTest {

    /**
     * Headings in document order and the anchors the github-slugger npm package (2.0.0, the algorithm
     * of GitHub and awesome-lint) gave them, one slugger for the whole table, so the duplicates count.
     * Obtained by running the package under Node 20 on this exact sequence.
     */
    private static final String[][] GITHUB_SLUGGER_2_0_0 = {
        {"Contents", "contents"},
        {"Methods", "methods"},
        {"LFM methods in healthcare", "lfm-methods-in-healthcare"},
        {"LFM methods in healthcare", "lfm-methods-in-healthcare-1"},
        {"LFM methods in healthcare", "lfm-methods-in-healthcare-2"},
        {"2023", "2023"},
        {"2023", "2023-1"},
        {"Awesome-Foundation-Models-for-Advancing-Healthcare", "awesome-foundation-models-for-advancing-healthcare"},
        {"Related Survey", "related-survey"},
        {"Lectures and Tutorials", "lectures-and-tutorials"},
        {"C++ & C#", "c--c"},
        {"Hello, World!", "hello-world"},
        {"What’s new?", "whats-new"},
        {"foo_bar baz", "foo_bar-baz"},
        {"  leading and trailing  ", "--leading-and-trailing--"},
        {"double  space", "double--space"},
        {"a - b -- c", "a---b----c"},
        {"Emoji 🚀 rocket", "emoji--rocket"},
        {"🎉", ""},
        {"Heart ❤\uFE0F variation", "heart-\uFE0F-variation"},
        {"Family 👨\u200D👩\u200D👧 joined", "family--joined"},
        {"中文标题", "中文标题"},
        {"日本語のテスト", "日本語のテスト"},
        {"한국어 제목", "한국어-제목"},
        {"Ünïcödé Àccents", "ünïcödé-àccents"},
        {"Ελληνικά Σ", "ελληνικά-σ"},
        {"Русский заголовок", "русский-заголовок"},
        {"code `span` here", "code-span-here"},
        {"<tag> & \"quotes\"", "tag--quotes"},
        {"Dots.and/slashes\\back", "dotsandslashesback"},
        {"Tabs\there", "tabshere"},
        {"ⓐ circled", "ⓐ-circled"},
        {"İstanbul", "i\u0307stanbul"},
        {"ß straße", "ß-straße"},
        {"Ⅻ roman", "ⅻ-roman"},
        {"1. Numbered", "1-numbered"},
        {"foo-1", "foo-1"},
        {"foo", "foo"},
        {"foo", "foo-2"},
        {"foo-1", "foo-1-1"},
        {"Zero\u200Bwidth", "zerowidth"},
        {"NBSP\u00A0here", "nbsphere"},
        {"$math$ and ~tilde~", "math-and-tilde"},
        {"under_score_", "under_score_"},
        {"Ünïcödé Àccents", "ünïcödé-àccents-1"}
    };

    @Test
    void matchesGithubSluggerOnEveryHeadingInOrder() {
        GithubSlugger slugger = new GithubSlugger();
        List<String> actual = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (String[] row : GITHUB_SLUGGER_2_0_0) {
            actual.add(row[0] + " -> " + slugger.slug(row[0]));
            expected.add(row[0] + " -> " + row[1]);
        }
        assertThat(GITHUB_SLUGGER_2_0_0.length).isGreaterThanOrEqualTo(30);
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void slugOnceIgnoresEarlierSlugs() {
        GithubSlugger slugger = new GithubSlugger();
        slugger.slug("Tools");
        assertThat(GithubSlugger.slugOnce("Tools")).isEqualTo("tools");
        assertThat(slugger.slug("Tools")).isEqualTo("tools-1");
    }

    @Test
    void resetForgetsEarlierSlugs() {
        GithubSlugger slugger = new GithubSlugger();
        slugger.slug("Tools");
        slugger.reset();
        assertThat(slugger.slug("Tools")).isEqualTo("tools");
    }
}
