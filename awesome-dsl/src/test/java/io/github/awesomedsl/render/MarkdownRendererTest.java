package io.github.awesomedsl.render;

import static io.github.awesomedsl.dsl.AwesomeDsl.badge;
import static io.github.awesomedsl.dsl.AwesomeDsl.cell;
import static io.github.awesomedsl.dsl.AwesomeDsl.column;
import static io.github.awesomedsl.dsl.AwesomeDsl.emphasis;
import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
import static io.github.awesomedsl.dsl.AwesomeDsl.group;
import static io.github.awesomedsl.dsl.AwesomeDsl.item;
import static io.github.awesomedsl.dsl.AwesomeDsl.link;
import static io.github.awesomedsl.dsl.AwesomeDsl.list;
import static io.github.awesomedsl.dsl.AwesomeDsl.section;
import static io.github.awesomedsl.dsl.AwesomeDsl.strong;
import static io.github.awesomedsl.dsl.AwesomeDsl.table;
import static io.github.awesomedsl.dsl.AwesomeDsl.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Badge;
import io.github.awesomedsl.model.Venue;
import org.junit.jupiter.api.Test;

/** Golden tests: the exact bytes of every construct in both entry styles. */
class MarkdownRendererTest {

    private static final MarkdownRenderer AWESOME = MarkdownRenderer.create();
    private static final MarkdownRenderer PAPER =
            MarkdownRenderer.create(RenderOptions.defaults().withEntryStyle(EntryStyle.PAPER));

    @Test
    void everyConstructInTheAwesomeStyle() {
        assertThat(AWESOME.render(SampleLists.everything())).isEqualTo("""
        # Awesome Foundation Models [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

        A curated list of foundation models in healthcare. See [the survey](https://arxiv.org/abs/2404.03264) and run `mvn awesome:render`.

        ## Contents

        - [Related Survey](#related-survey)
        - [Methods](#methods)
          - [LFM methods](#lfm-methods)
          - [VFM methods](#vfm-methods)
          - [Tools](#tools)
        - [Datasets](#datasets)
        - [Lectures and Tutorials](#lectures-and-tutorials)

        ## Related Survey

        Contributions welcome.

        ## Methods

        Methods, newest first.

        ### LFM methods

        #### 2023

        - [MedCPT: zero-shot biomedical information retrieval](https://academic.oup.com/bioinformatics/article/39/11/btad651/7335842) - Bioinformatics. [Code](https://github.com/ncbi/MedCPT).
        - [PMC-LLaMA: open-source language models for medicine](https://arxiv.org/abs/2304.14454) - arXiv. [Code](https://github.com/chaoyi-wu/PMC-LLaMA).

        #### 2020

        - [BEHRT: transformer for electronic health records](https://www.nature.com/articles/s41598-020-62922-y) - Scientific Reports.

        ### VFM methods

        Nothing yet: send a pull request.

        ### Tools

        - [Geneformer](https://huggingface.co/ctheodoris/Geneformer) - Transfer learning for network biology.
        - Unlinked tool - Has no link at all.

        ## Datasets

        | Dataset                                                                |     Modality     |       Scale | Link                                     |
        | ---------------------------------------------------------------------- | :--------------: | ----------: | ---------------------------------------- |
        | [LIMUC](https://academic.oup.com/ibdjournal/article/29/9/1431/6830946) |    Endoscopy     | 1043 videos | [\\*](https://zenodo.org/records/5827695) |
        | 10x Genomics                                                           | scRNA-seq \\| DNA |             |                                          |

        ## Lectures and Tutorials

        - [Geneformer Tutorial (unofficial)](https://wang-lab.hkust.edu.hk/others/Tutorials/geneformer/readme.html) - Hands-on notebook.

        ## Contributing

        Contributions welcome! Read the contribution guidelines first.

        CC0.
        """);
    }

    @Test
    void everyConstructInThePaperStyle() {
        assertThat(PAPER.render(SampleLists.everything())).isEqualTo("""
        # Awesome Foundation Models [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

        A curated list of foundation models in healthcare. See [the survey](https://arxiv.org/abs/2404.03264) and run `mvn awesome:render`.

        ## Contents

        - [Related Survey](#related-survey)
        - [Methods](#methods)
          - [LFM methods](#lfm-methods)
          - [VFM methods](#vfm-methods)
          - [Tools](#tools)
        - [Datasets](#datasets)
        - [Lectures and Tutorials](#lectures-and-tutorials)

        ## Related Survey

        Contributions welcome.

        ## Methods

        Methods, newest first.

        ### LFM methods

        #### 2023

        - \\[Bioinformatics\\] MedCPT: zero-shot biomedical information retrieval. [\\[Paper\\]](https://academic.oup.com/bioinformatics/article/39/11/btad651/7335842) [\\[Code\\]](https://github.com/ncbi/MedCPT)
        - \\[arXiv\\] PMC-LLaMA: open-source language models for medicine. [\\[Paper\\]](https://arxiv.org/abs/2304.14454) [\\[Code\\]](https://github.com/chaoyi-wu/PMC-LLaMA)

        #### 2020

        - \\[Scientific Reports\\] BEHRT: transformer for electronic health records. [\\[Paper\\]](https://www.nature.com/articles/s41598-020-62922-y)

        ### VFM methods

        Nothing yet: send a pull request.

        ### Tools

        - Geneformer. Transfer learning for network biology. [\\[Project\\]](https://huggingface.co/ctheodoris/Geneformer)
        - Unlinked tool. Has no link at all.

        ## Datasets

        | Dataset                                                                |     Modality     |       Scale | Link                                     |
        | ---------------------------------------------------------------------- | :--------------: | ----------: | ---------------------------------------- |
        | [LIMUC](https://academic.oup.com/ibdjournal/article/29/9/1431/6830946) |    Endoscopy     | 1043 videos | [\\*](https://zenodo.org/records/5827695) |
        | 10x Genomics                                                           | scRNA-seq \\| DNA |             |                                          |

        ## Lectures and Tutorials

        - [Geneformer Tutorial (unofficial)](https://wang-lab.hkust.edu.hk/others/Tutorials/geneformer/readme.html) - Hands-on notebook.

        ## Contributing

        Contributions welcome! Read the contribution guidelines first.

        CC0.
        """);
    }

    @Test
    void escapesWhatWouldBecomeMarkupInEveryContext() {
        AwesomeList list = list("Awesome *Stars* #1 | pipes")
                .description("[arXiv] <b>bold</b> $5 & 10% off, a_b *c* `d` ~e~ @user &amp; http://x.org www.y.org")
                .section(section("C# & F# #")
                        .entry(entry("[Bracketed] title")
                                .url("https://example.org/a b(c)")
                                .description("1. Not a list; - not a bullet.")))
                .section(section("Cells")
                        .table(table(column("a|b"), column("Link"))
                                .row(cell("x | y"), cell("[t]", "https://example.org/q?a=1|2"))))
                .build();
        assertThat(AWESOME.render(list)).isEqualTo("""
            # Awesome \\*Stars\\* \\#1 \\| pipes

            \\[arXiv\\] \\<b\\>bold\\</b\\> \\$5 & 10% off, a\\_b \\*c\\* \\`d\\` \\~e\\~ @user \\&amp; http\\://x.org www\\.y.org

            ## Contents

            - [C# & F# #](#c--f-)
            - [Cells](#cells)

            ## C\\# & F\\# \\#

            - [\\[Bracketed\\] title](<https://example.org/a b(c)>) - 1. Not a list; - not a bullet.

            ## Cells

            | a\\|b   | Link                                  |
            | ------ | ------------------------------------- |
            | x \\| y | [\\[t\\]](https://example.org/q?a=1\\|2) |
            """);
    }

    @Test
    void escapesBlockStartsOfParagraphs() {
        AwesomeList list = list("Awesome Starts")
                .description("# not a heading")
                .description("- not a bullet")
                .description("2023. not an ordered list")
                .description("    not code, not indented")
                .description("> not a quote")
                .build();
        assertThat(AWESOME.render(list)).isEqualTo("""
            # Awesome Starts

            \\# not a heading

            \\- not a bullet

            2023\\. not an ordered list

            not code, not indented

            \\> not a quote
            """);
    }

    @Test
    void keepsEveryFieldOnItsLine() {
        AwesomeList list = list("Awesome\nLines")
                .section(section("A\r\nB")
                        .entry(entry("Title\nwith break").url("https://x.org").description("one\ttwo\u2028three")))
                .build();
        assertThat(AWESOME.render(list)).isEqualTo("""
            # Awesome Lines

            ## Contents

            - [A  B](#a--b)

            ## A  B

            - [Title with break](https://x.org) - one two three
            """);
    }

    @Test
    void paragraphsMixSpans() {
        AwesomeList list = list("Awesome Spans")
                .description(
                        text("Read "),
                        emphasis(" carefully "),
                        text("and "),
                        strong("star"),
                        text(" the "),
                        link("repo", "https://github.com/o/r"),
                        text("."))
                .build();
        assertThat(AWESOME.render(list)).isEqualTo("""
            # Awesome Spans

            Read  *carefully* and **star** the [repo](https://github.com/o/r).
            """);
    }

    @Test
    void alignsTablesByDisplayWidthOrByUtf16Units() {
        AwesomeList list = list("Awesome Tables")
                .section(section("Wide")
                        .table(table(column("Name"), column("Note").right())
                                .row("中文", "ok")
                                .row("abc", "✅")))
                .build();
        assertThat(AWESOME.render(list)).endsWith("""
            | Name | Note |
            | ---- | ---: |
            | 中文 |   ok |
            | abc  |   ✅ |
            """);
        assertThat(MarkdownRenderer.create(RenderOptions.defaults().withTableWidth(TableWidth.UTF16))
                        .render(list))
                .endsWith("""
            | Name | Note |
            | ---- | ---: |
            | 中文   |   ok |
            | abc  |    ✅ |
            """);
    }

    @Test
    void duplicateHeadingsGetGithubAnchorsInTheContents() {
        AwesomeList list = list("Awesome Tools")
                .section(section("Tools").section(section("Tools")))
                .section(section("Awesome Tools")
                        .groupByYear()
                        .entry(entry("A").year(2024).url("https://a.org"))
                        .entry(entry("B").year(2023).url("https://b.org")))
                .section(section("Papers")
                        .groupByYear()
                        .entry(entry("C").year(2024).url("https://c.org")))
                .build();
        assertThat(AWESOME.render(list)).contains("""
            ## Contents

            - [Tools](#tools)
              - [Tools](#tools-1)
            - [Awesome Tools](#awesome-tools-1)
              - [2024](#2024)
              - [2023](#2023)
            - [Papers](#papers)
              - [2024](#2024-1)
            """);
    }

    @Test
    void yearGroupsAreNewestFirstAndKeepDeclaredOrderWithinAYear() {
        AwesomeList list = list("Awesome Years")
                .section(section("Papers")
                        .section(section("Deep")
                                .section(section("Deeper")
                                        .groupByYear()
                                        .entry(entry("Old")
                                                .year(2019)
                                                .venue(Venue.ARXIV)
                                                .url("https://o.org"))
                                        .entry(entry("New one").year(2024).url("https://n1.org"))
                                        .entry(entry("New two").year(2024).url("https://n2.org")))))
                .build();
        assertThat(PAPER.render(list)).endsWith("""
            #### Deeper

            ##### 2024

            - New one. [\\[Project\\]](https://n1.org)
            - New two. [\\[Project\\]](https://n2.org)

            ##### 2019

            - \\[arXiv\\] Old. [\\[Project\\]](https://o.org)
            """);
    }

    @Test
    void showsTheYearBesideTheVenueOutsideYearGroups() {
        AwesomeList list = list("Awesome Venues")
                .section(section("Papers")
                        .entry(entry("Alpha")
                                .venue(Venue.NATURE)
                                .year(2021)
                                .paper("https://a.org")
                                .code("https://github.com/a/a"))
                        .entry(entry("Beta!").year(2020).paper("https://b.org")))
                .build();
        assertThat(AWESOME.render(list)).endsWith("""
            - [Alpha](https://a.org) - Nature, 2021. [Code](https://github.com/a/a).
            - [Beta!](https://b.org) - 2020.
            """);
        assertThat(PAPER.render(list)).endsWith("""
            - \\[Nature 2021\\] Alpha. [\\[Paper\\]](https://a.org) [\\[Code\\]](https://github.com/a/a)
            - \\[2020\\] Beta! [\\[Paper\\]](https://b.org)
            """);
    }

    @Test
    void aListWithoutSectionsHasNoContents() {
        AwesomeList list = list("Awesome Nothing")
                .badge(Badge.AWESOME)
                .badge(Badge.of("CI", "https://ci.org/b.svg", "https://ci.org"))
                .build();
        assertThat(AWESOME.render(list)).isEqualTo("""
            # Awesome Nothing [![Awesome](https://awesome.re/badge.svg)](https://awesome.re) [![CI](https://ci.org/b.svg)](https://ci.org)
            """);
    }

    @Test
    void bodyLeavesOutTitleAndDescription() {
        AwesomeList list = list("Awesome Body")
                .description("Intro.")
                .section(section("Only").placeholder())
                .build();
        assertThat(AWESOME.renderBody(list)).isEqualTo("""
            ## Contents

            - [Only](#only)

            ## Only

            Contributions welcome.
            """);
    }

    @Test
    void renderingIsDeterministic() {
        assertThat(AWESOME.render(SampleLists.everything())).isEqualTo(AWESOME.render(SampleLists.everything()));
    }

    @Test
    void richDescriptionsRenderEachPartInPlace() {
        // the README's "Rich text and badges" example, kept true by this test
        AwesomeList list = list("Awesome X")
                .section(section("S")
                        .entry(entry("Gradle")
                                .url("https://gradle.org")
                                .description(text("Builds ")
                                        .link("JVM projects", "https://docs.gradle.org")
                                        .text(", ")
                                        .code("build.gradle.kts")
                                        .text(" or ")
                                        .strikethrough("Ant")
                                        .text(".")))
                        .entry(entry("JavaPoet")
                                .url("https://github.com/palantir/javapoet")
                                .description(
                                        badge(
                                                "License",
                                                "https://img.shields.io/badge/license-Apache--2.0-blue.svg",
                                                "https://www.apache.org/licenses/LICENSE-2.0"),
                                        text(" Writes "),
                                        emphasis("readable"),
                                        text(" Java."))))
                .build();
        assertThat(MarkdownRenderer.create().render(list)).endsWith("""
        - [Gradle](https://gradle.org) - Builds [JVM projects](https://docs.gradle.org), `build.gradle.kts` or ~~Ant~~.
        - [JavaPoet](https://github.com/palantir/javapoet) - [![License](https://img.shields.io/badge/license-Apache--2.0-blue.svg)](https://www.apache.org/licenses/LICENSE-2.0) Writes *readable* Java.
        """);
    }

    @Test
    void nestedItemsGroupsAndProseRenderInDeclaredOrder() {
        // the README's "Nested items, groups and order" example, kept true by this test
        AwesomeList list = list("Awesome X")
                .section(section("Frameworks")
                        .items(
                                entry("Javalin")
                                        .url("https://javalin.io")
                                        .description("A web framework.")
                                        .children(entry("Javalin SSL")
                                                .url("https://javalin.io/plugins/ssl")
                                                .description("TLS for Javalin.")),
                                group(
                                        "Testing",
                                        entry("JUnit").url("https://junit.org").description("Tests."),
                                        item(
                                                badge("CI", "https://img.example.com/ci.svg", "https://ci.example.com"),
                                                text(" "),
                                                link("AssertJ", "https://assertj.github.io"))))
                        .paragraph(text("Older frameworks, kept for reference:"))
                        .items(entry("Spark").url("https://sparkjava.com").description("A micro framework.")))
                .build();
        assertThat(MarkdownRenderer.create().render(list)).endsWith("""
        ## Frameworks

        - [Javalin](https://javalin.io) - A web framework.
          - [Javalin SSL](https://javalin.io/plugins/ssl) - TLS for Javalin.
        - Testing
          - [JUnit](https://junit.org) - Tests.
          - [![CI](https://img.example.com/ci.svg)](https://ci.example.com) [AssertJ](https://assertj.github.io)

        Older frameworks, kept for reference:

        - [Spark](https://sparkjava.com) - A micro framework.
        """);
    }
}
