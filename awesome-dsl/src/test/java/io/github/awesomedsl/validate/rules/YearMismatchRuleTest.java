package io.github.awesomedsl.validate.rules;

import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
import static io.github.awesomedsl.dsl.AwesomeDsl.list;
import static io.github.awesomedsl.dsl.AwesomeDsl.section;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.model.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearMismatchRuleTest {

    private static java.util.List<String> check(Entry.Builder entry) {
        return RuleFindings.messages(
                new YearMismatchRule(),
                list("Awesome").section(section("Papers").entry(entry)).build());
    }

    @ParameterizedTest
    @CsvSource({
        "https://arxiv.org/abs/2304.14454, 2023",
        "https://arxiv.org/abs/2304.14454, 2024",
        "https://arxiv.org/pdf/2308.02463.pdf, 2023",
        "https://www.biorxiv.org/content/10.1101/2023.06.12.544594v2, 2023",
        "https://aclanthology.org/2022.bionlp-1.3/, 2022",
        "https://aclanthology.org/W19-1909, 2019",
        "https://www.nature.com/articles/s41587-022-01618-2, 2023",
        "https://doi.org/10.1016/j.cell.2021.04.048, 2021",
        "https://doi.org/10.1093/nar/gks1195, 1990",
        "https://www.pnas.org/doi/10.1073/pnas.2016239118, 2021",
    })
    void passesYearsThatAgreeWithTheLink(String url, int year) {
        assertThat(check(entry("Paper").year(year).paper(url))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://aclanthology.org/2022.bionlp-1.9/ | 2020 | has the ACL Anthology id of 2022; correct .year(2022)",
                "https://www.nature.com/articles/s41746-022-00742-2 | 2019 | has the Nature article id of 2022; correct .year(2022)",
                "https://arxiv.org/abs/2304.14454 | 2022 | has the arXiv id of 2023; correct .year(2023)",
                "https://www.biorxiv.org/content/10.1101/2023.01.11.523679v1 | 2021 | has the preprint DOI of 2023; correct .year(2023)",
                "https://aclanthology.org/W19-1909 | 2021 | has the ACL Anthology id of 2019; correct .year(2019)",
            })
    void reportsAYearThatContradictsTheLink(String url, int year, String message) {
        assertThat(check(entry("Paper").year(year).paper(url)))
                .containsExactly("year-mismatch Papers › Paper: the entry is dated " + year + " but its Paper link ("
                        + url + ") " + message + " or the link if it belongs to another work");
    }

    @Test
    void saysThatTheEntryMovesToAnotherYearGroup() {
        var list = list("Awesome")
                .section(section("Papers")
                        .groupByYear()
                        .entry(entry("BioBART").year(2020).paper("https://aclanthology.org/2022.bionlp-1.9/")))
                .build();
        assertThat(RuleFindings.messages(new YearMismatchRule(), list))
                .singleElement()
                .asString()
                .contains("correct .year(2022), which moves it to that year's group,");
    }

    @Test
    void canBeSuppressed() {
        assertThat(check(entry("Paper")
                        .year(2020)
                        .paper("https://aclanthology.org/2022.bionlp-1.9/")
                        .suppress(
                                "year-mismatch", "the workshop paper of 2020 was republished in the 2022 proceedings")))
                .isEmpty();
    }
}
