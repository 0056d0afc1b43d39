package io.github.awesomedsl.validate.rules;

import static io.github.awesomedsl.dsl.AwesomeDsl.arxiv;
import static io.github.awesomedsl.dsl.AwesomeDsl.doi;
import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
import static io.github.awesomedsl.dsl.AwesomeDsl.list;
import static io.github.awesomedsl.dsl.AwesomeDsl.section;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.metadata.Metadata;
import io.github.awesomedsl.metadata.PaperRecord;
import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.PaperId;
import io.github.awesomedsl.validate.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** paper-year, paper-title, published-version and retracted over the papers of a metadata lock. */
class PaperRulesTest {

    private static final Instant FETCHED = Instant.parse("2026-11-30T09:00:00Z");

    private static PaperRecord paper(
            PaperId id, String title, String published, String publishedDoi, boolean retracted) {
        return new PaperRecord(
                id,
                FETCHED,
                false,
                Optional.of(title),
                List.of("Hongyi Yuan", "Zheng Yuan"),
                Optional.of(published),
                Optional.of("Proceedings of the 21st Workshop on Biomedical Language Processing"),
                Optional.ofNullable(publishedDoi),
                retracted,
                retracted ? Optional.of("retraction 10.1016/j.cell.2022.01.001") : Optional.empty(),
                OptionalLong.empty());
    }

    private static final Metadata LOCK = Metadata.of(
            List.of(),
            List.of(
                    paper(
                            PaperId.doi("10.18653/v1/2022.bionlp-1.9"),
                            "BioBART: Pretraining and Evaluation of A Biomedical Generative Language Model",
                            "2022-05",
                            null,
                            false),
                    paper(
                            PaperId.arxiv("2304.14454"),
                            "PMC-LLaMA: Towards Building Open-source Language Models for Medicine",
                            "2023-04-27",
                            "10.1093/jamia/ocae045",
                            false),
                    paper(
                            PaperId.arxiv("2212.13138"),
                            "Large Language Models Encode Clinical Knowledge",
                            "2022-12-26",
                            null,
                            false),
                    paper(PaperId.doi("10.1016/j.cell.2021.04.048"), "A study", "2021-06", null, true)));

    private static List<String> findings(AwesomeList list) {
        return Validator.of(LockRules.of(LOCK, 365)).validate(list).diagnostics().stream()
                .map(d -> d.ruleId() + " " + d.severity() + " " + d.path() + ": " + d.message())
                .toList();
    }

    @Test
    void comparesEachEntryWithItsPaper() {
        AwesomeList list = list("Awesome Papers")
                .section(section("Papers")
                        .entry(entry("BioBART: Pretraining and evaluation of a biomedical generative language model")
                                .year(2020)
                                .paper(doi("10.18653/v1/2022.bionlp-1.9")))
                        .entry(entry("Pmc-llama: Towards building open-source language models for medicine")
                                .year(2023)
                                .paper(arxiv("2304.14454")))
                        .entry(entry("Med-PaLM").year(2023).paper(arxiv("2212.13138")))
                        .entry(entry("A study").year(2021).paper(doi("10.1016/j.cell.2021.04.048"))))
                .build();
        assertThat(findings(list))
                .containsExactlyInAnyOrder(
                        "paper-year WARNING Papers › BioBART: the"
                                + " entry is dated 2020, but Crossref (fetched 2026-11-30) dates doi:10.18653/v1/2022.bionlp-1.9 to 2022-05;"
                                + " correct .year(2022) or the link if it belongs to another work",
                        "published-version INFO Papers › Pmc-llama: arXiv:2304.14454"
                                + " was published in Proceedings of the 21st Workshop on Biomedical Language Processing as doi:10.1093/jamia/ocae045"
                                + " (arXiv (fetched 2026-11-30)); consider .paper(doi(\"10.1093/jamia/ocae045\")) and its venue",
                        "paper-title WARNING Papers › Med-PaLM: the entry's title differs from the title arXiv (fetched 2026-11-30) gives"
                                + " arXiv:2212.13138: \"Large Language Models Encode Clinical Knowledge\"; use the paper's title, correct the link"
                                + " if it is another paper's, or suppress this if the list names the paper otherwise on purpose",
                        "retracted ERROR Papers › A study: doi:10.1016/j.cell.2021.04.048 has been retracted or withdrawn (retraction"
                                + " 10.1016/j.cell.2022.01.001; Crossref (fetched 2026-11-30)); remove the entry, or keep it with a suppression"
                                + " that says why");
    }

    @Test
    void aPreprintMayBeAYearOlderThanTheEntryAndAJournalAYearYounger() {
        AwesomeList list = list("Awesome Papers")
                .section(section("Papers")
                        .entry(entry("Large Language Models Encode Clinical Knowledge")
                                .year(2023)
                                .paper(arxiv("2212.13138")))
                        .entry(entry("A study")
                                .year(2020)
                                .paper(doi("10.1016/j.cell.2021.04.048"))
                                .suppress("retracted", "kept as a warning")))
                .build();
        assertThat(findings(list)).isEmpty();
    }

    @Test
    void withoutPapersInTheLockNothingIsFound() {
        AwesomeList list = list("Awesome Papers")
                .section(section("Papers").entry(entry("Anything").year(1999).paper(arxiv("2212.13138"))))
                .build();
        assertThat(Validator.of(LockRules.of(Metadata.empty(), 365))
                        .validate(list)
                        .diagnostics())
                .isEmpty();
    }
}
