package io.github.awesomedsl.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PaperIdTest {

    @Test
    void eachIdentifierHasOneCanonicalUrl() {
        assertThat(PaperId.arxiv("2304.14454").url()).isEqualTo("https://arxiv.org/abs/2304.14454");
        assertThat(PaperId.arxiv("arXiv:2304.14454v3").url()).isEqualTo("https://arxiv.org/abs/2304.14454");
        assertThat(PaperId.arxiv("cs/0112017v1").url()).isEqualTo("https://arxiv.org/abs/cs/0112017");
        assertThat(PaperId.arxiv("math.GT/0309136").id()).isEqualTo("math.GT/0309136");
        assertThat(PaperId.doi("doi:10.1093/bioinformatics/btad651").url())
                .isEqualTo("https://doi.org/10.1093/bioinformatics/btad651");
        assertThat(PaperId.acl("2022.bionlp-1.9").url()).isEqualTo("https://aclanthology.org/2022.bionlp-1.9/");
        assertThat(PaperId.acl("W19-1909").url()).isEqualTo("https://aclanthology.org/W19-1909/");
        assertThat(PaperId.pubmed("37069443").url()).isEqualTo("https://pubmed.ncbi.nlm.nih.gov/37069443/");
        assertThat(PaperId.biorxiv("10.1101/2023.06.12.544594v2").url())
                .isEqualTo("https://www.biorxiv.org/content/10.1101/2023.06.12.544594v2");
        assertThat(PaperId.biorxiv("10.1101/2023.06.12.544594v2").unversioned()).isEqualTo("10.1101/2023.06.12.544594");
        assertThat(PaperId.medrxiv("10.1101/2023.04.19.23288775v1").url())
                .isEqualTo("https://www.medrxiv.org/content/10.1101/2023.04.19.23288775v1");
    }

    @ParameterizedTest
    @CsvSource({
        "https://arxiv.org/abs/2304.14454, ARXIV, 2304.14454",
        "https://arxiv.org/pdf/2308.02463.pdf, ARXIV, 2308.02463",
        "https://arxiv.org/abs/2308.02463v2, ARXIV, 2308.02463",
        "http://export.arxiv.org/abs/cs/0112017, ARXIV, cs/0112017",
        "https://doi.org/10.1093/nar/gks1195, DOI, 10.1093/nar/gks1195",
        "https://dx.doi.org/10.7554/eLife.85440, DOI, 10.7554/eLife.85440",
        "https://aclanthology.org/2022.bionlp-1.9/, ACL, 2022.bionlp-1.9",
        "https://aclanthology.org/2020.emnlp-main.379.pdf, ACL, 2020.emnlp-main.379",
        "https://pubmed.ncbi.nlm.nih.gov/37069443/, PUBMED, 37069443",
        "https://www.biorxiv.org/content/10.1101/2023.01.11.523679v1, BIORXIV, 10.1101/2023.01.11.523679v1",
        "https://www.biorxiv.org/content/10.1101/2023.01.11.523679v1.full, BIORXIV, 10.1101/2023.01.11.523679v1",
        "https://www.medrxiv.org/content/10.1101/2023.04.19.23288775v1, MEDRXIV, 10.1101/2023.04.19.23288775v1",
    })
    void readsTheIdentifierBackFromItsUrls(String url, PaperId.Scheme scheme, String id) {
        assertThat(PaperId.of(url)).contains(new PaperId(scheme, id));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://example.org/abs/2304.14454",
                "https://arxiv.org/list/cs.AI/recent",
                "https://github.com/arxiv/arxiv",
                "https://doi.org/",
                "https://pubmed.ncbi.nlm.nih.gov/?term=x"
            })
    void otherUrlsAreNoPapers(String url) {
        assertThat(PaperId.of(url)).isEmpty();
    }

    @Test
    void aMalformedIdentifierSaysWhatAGoodOneIs() {
        assertThatThrownBy(() -> PaperId.arxiv("2304.1445"))
                .hasMessage("\"2304.1445\" is not an arXiv id (for example 2304.14454 or cs/0112017)");
        assertThatThrownBy(() -> PaperId.doi("10.1093 nar")).hasMessageContaining("is not a DOI");
        assertThatThrownBy(() -> PaperId.biorxiv("10.1016/j.cell.2021.04.048"))
                .hasMessageContaining("is not a bioRxiv DOI");
    }

    @Test
    void theDslLinksTheCanonicalUrlSoTheRenderingIsTheSame() {
        Entry byId = Entry.builder("MedAlpaca")
                .year(2023)
                .paper(PaperId.arxiv("2304.08247"))
                .build();
        Entry byUrl = Entry.builder("MedAlpaca")
                .year(2023)
                .paper("https://arxiv.org/abs/2304.08247")
                .build();
        assertThat(byId.links()).isEqualTo(byUrl.links());
    }
}
