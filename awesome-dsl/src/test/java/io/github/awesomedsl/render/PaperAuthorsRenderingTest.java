package io.github.awesomedsl.render;

import static io.github.awesomedsl.dsl.AwesomeDsl.arxiv;
import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
import static io.github.awesomedsl.dsl.AwesomeDsl.list;
import static io.github.awesomedsl.dsl.AwesomeDsl.section;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.metadata.Metadata;
import io.github.awesomedsl.metadata.PaperRecord;
import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.PaperId;
import io.github.awesomedsl.model.Venue;
import io.github.awesomedsl.testing.CmarkGfm;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The opt-in authors and citation counts from the lock: shown as text, whatever a service sent. */
class PaperAuthorsRenderingTest {

    private static final Metadata LOCK = Metadata.of(
            List.of(),
            List.of(new PaperRecord(
                    PaperId.arxiv("2212.13138"),
                    Instant.parse("2026-11-30T00:00:00Z"),
                    false,
                    Optional.empty(),
                    List.of("Karan Singhal", "Mallory <img src=x onerror=alert(1)> [evil](javascript:alert(1))"),
                    Optional.of("2022-12-26"),
                    Optional.empty(),
                    Optional.empty(),
                    false,
                    Optional.empty(),
                    OptionalLong.of(1200))));

    private static AwesomeList sample() {
        return list("Awesome Papers")
                .section(section("Papers")
                        .entry(entry("Large language models encode clinical knowledge")
                                .venue(Venue.ARXIV)
                                .year(2022)
                                .paper(arxiv("2212.13138"))
                                .description("Med-PaLM.")))
                .build();
    }

    @Test
    void bothStylesShowTheBylineAndTheCount() {
        String paper = MarkdownRenderer.create(
                        new RenderOptions(EntryStyle.PAPER, TableWidth.DISPLAY).withPaperAuthors(LOCK))
                .render(sample());
        assertThat(paper)
                .contains("- \\[arXiv 2022\\] Large language models encode clinical knowledge. Singhal and"
                        + " [evil](javascript:alert(1)), cited 1200×. Med-PaLM. [\\[Paper\\]](https://arxiv.org/abs/2212.13138)\n"
                                .replace("[evil]", "\\[evil\\]"));
        String awesome = MarkdownRenderer.create(RenderOptions.defaults().withPaperAuthors(LOCK))
                .render(sample());
        assertThat(awesome)
                .contains("- [Large language models encode clinical knowledge](https://arxiv.org/abs/2212.13138) -"
                        + " Med-PaLM. arXiv, 2022. (Singhal and \\[evil\\](javascript:alert(1)), cited 1200×)\n");
        assertThat(MarkdownRenderer.create().render(sample())).doesNotContain("Singhal");
    }

    @Test
    void aCiteLinkFollowsThePapersLinks() {
        RenderOptions cite = RenderOptions.defaults().withCiteLinks(entry -> Optional.of("papers.bib#L4"));
        assertThat(MarkdownRenderer.create(cite.withEntryStyle(EntryStyle.PAPER))
                        .render(sample()))
                .contains(" Med-PaLM. [\\[Paper\\]](https://arxiv.org/abs/2212.13138) [\\[Cite\\]](papers.bib#L4)\n");
        assertThat(MarkdownRenderer.create(cite).render(sample()))
                .contains(
                        "- [Large language models encode clinical knowledge](https://arxiv.org/abs/2212.13138) - Med-PaLM."
                                + " arXiv, 2022. [Cite](papers.bib#L4).\n");
    }

    @Test
    void aServicesTextNeverBecomesALinkOrMarkupOnGithub() {
        CmarkGfm.require();
        for (EntryStyle style : EntryStyle.values()) {
            String html = CmarkGfm.toHtml(
                    MarkdownRenderer.create(new RenderOptions(style, TableWidth.DISPLAY).withPaperAuthors(LOCK))
                            .render(sample()));
            assertThat(html)
                    .contains("Singhal")
                    .doesNotContain("href=\"javascript")
                    .doesNotContain("<img");
        }
    }
}
