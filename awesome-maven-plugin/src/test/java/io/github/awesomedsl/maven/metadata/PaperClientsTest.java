package io.github.awesomedsl.maven.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.awesomedsl.metadata.PaperRecord;
import io.github.awesomedsl.model.PaperId;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The arXiv and Crossref clients against fake services on loopback. */
class PaperClientsTest {

    private FakePaperServices services;
    private final List<String> progress = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        services = new FakePaperServices();
    }

    @AfterEach
    void stop() {
        services.close();
    }

    private ArxivClient arxiv(Duration interval) {
        return new ArxivClient(new ArxivClient.Options(
                URI.create(services.arxivUrl()), 100, interval, Duration.ofSeconds(5), 2, Duration.ofSeconds(30)));
    }

    private CrossrefClient crossref() {
        return new CrossrefClient(new CrossrefClient.Options(
                URI.create(services.crossrefUrl()),
                Optional.of("lists@example.org"),
                Duration.ofSeconds(5),
                2,
                Duration.ofSeconds(30)));
    }

    @Test
    void arxivIsAskedAHundredIdsAtATimeAnIntervalApart() throws Exception {
        List<PaperId> ids = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            String id = String.format("2304.%05d", i + 1);
            services.arxiv.put(
                    id,
                    new FakePaperServices.Preprint(
                            "Paper " + i, List.of("Ada Lovelace", "Alan Turing"), "2023-04-28", null, null, null));
            ids.add(PaperId.arxiv(id));
        }
        Map<String, PaperRecord> fetched = arxiv(Duration.ofMillis(400)).fetch(ids, progress::add);
        assertThat(fetched).hasSize(250);
        assertThat(services.asked).hasSize(3);
        assertThat(services.asked.get(0).split(",")).hasSize(100);
        assertThat(services.asked.get(2).split(",")).hasSize(50);
        for (int i = 1; i < services.arrivals.size(); i++) {
            assertThat((services.arrivals.get(i) - services.arrivals.get(i - 1)) / 1e6)
                    .as("ms between requests %d and %d", i - 1, i)
                    .isGreaterThanOrEqualTo(400);
        }
        PaperRecord first = fetched.get("arxiv:2304.00001");
        assertThat(first.title()).contains("Paper 0");
        assertThat(first.authors()).containsExactly("Ada Lovelace", "Alan Turing");
        assertThat(first.byline()).contains("Lovelace and Turing");
        assertThat(first.published()).contains("2023-04-28");
    }

    @Test
    void arxivRecordsThePublishedVersionAWithdrawalAndAnUnknownId() throws Exception {
        services.arxiv.put(
                "2101.00001",
                new FakePaperServices.Preprint(
                        "Published one",
                        List.of("A B"),
                        "2021-01-02",
                        "10.1038/s41586-023-06291-2",
                        "Nature 620 (2023) 172-180",
                        null));
        services.arxiv.put(
                "2101.00002",
                new FakePaperServices.Preprint(
                        "Withdrawn one",
                        List.of("C D"),
                        "2021-01-03",
                        null,
                        null,
                        "This paper has been withdrawn by the authors due to an error"));
        Map<String, PaperRecord> fetched = arxiv(Duration.ZERO)
                .fetch(
                        List.of(PaperId.arxiv("2101.00001"), PaperId.arxiv("2101.00002"), PaperId.arxiv("2101.00003")),
                        progress::add);
        assertThat(fetched.get("arxiv:2101.00001").publishedDoi()).contains("10.1038/s41586-023-06291-2");
        assertThat(fetched.get("arxiv:2101.00001").venue()).contains("Nature 620 (2023) 172-180");
        assertThat(fetched.get("arxiv:2101.00002").retracted()).isTrue();
        assertThat(fetched.get("arxiv:2101.00002").notice())
                .hasValueSatisfying(n -> assertThat(n).contains("withdrawn"));
        assertThat(fetched.get("arxiv:2101.00003").missing()).isTrue();
    }

    @Test
    void bothServicesWaitForA503sRetryAfter() throws Exception {
        services.arxiv.put(
                "2101.00001", new FakePaperServices.Preprint("One", List.of(), "2021-01-02", null, null, null));
        services.retryAfterSeconds.add(1);
        assertThat(arxiv(Duration.ZERO).fetch(List.of(PaperId.arxiv("2101.00001")), progress::add))
                .hasSize(1);
        assertThat(services.arrivals).hasSize(2);
        assertThat((services.arrivals.get(1) - services.arrivals.get(0)) / 1e9).isGreaterThanOrEqualTo(0.95);

        services.works.put("10.1093/nar/gks1195", "{\"title\":[\"A database\"]}");
        services.retryAfterSeconds.add(1);
        assertThat(crossref().fetch(List.of(PaperId.doi("10.1093/nar/gks1195")), progress::add))
                .hasSize(1);
        assertThat(services.arrivals).hasSize(4);
    }

    @Test
    void crossrefGivesAuthorsVenueDateCitationsAndRetractions() throws Exception {
        services.works.put("10.1093/bioinformatics/btad651", """
        {"title": ["MedCPT: Contrastive Pre-trained Transformers"], "author": [{"given": "Qiao", "family": "Jin"},
         {"given": "Won", "family": "Kim"}, {"given": "Zhiyong", "family": "Lu"}],
         "published": {"date-parts": [[2023, 11, 3]]}, "container-title": ["Bioinformatics"],
         "is-referenced-by-count": 42}""");
        services.works.put("10.1016/j.cell.2021.04.048", """
        {"title": ["A retracted study"], "issued": {"date-parts": [[2021]]},
         "updated-by": [{"type": "retraction", "DOI": "10.1016/j.cell.2022.01.001", "label": "Retraction"}]}""");
        Map<String, PaperRecord> fetched = crossref()
                .fetch(
                        List.of(
                                PaperId.doi("10.1093/bioinformatics/btad651"),
                                PaperId.doi("10.1016/j.cell.2021.04.048"),
                                PaperId.doi("10.9999/unknown"),
                                PaperId.arxiv("2101.00001")),
                        progress::add);
        assertThat(fetched).hasSize(3); // arXiv ids are not Crossref's
        PaperRecord medcpt = fetched.get("doi:10.1093/bioinformatics/btad651");
        assertThat(medcpt.authors()).containsExactly("Qiao Jin", "Won Kim", "Zhiyong Lu");
        assertThat(medcpt.byline()).contains("Jin et al.");
        assertThat(medcpt.published()).contains("2023-11-03");
        assertThat(medcpt.venue()).contains("Bioinformatics");
        assertThat(medcpt.citations()).hasValue(42);
        assertThat(fetched.get("doi:10.1016/j.cell.2021.04.048").retracted()).isTrue();
        assertThat(fetched.get("doi:10.1016/j.cell.2021.04.048").notice())
                .contains("retraction 10.1016/j.cell.2022.01.001");
        assertThat(fetched.get("doi:10.9999/unknown").missing()).isTrue();
        assertThat(services.asked).allMatch(a -> a.endsWith("mailto=lists%40example.org"));
    }

    @Test
    void aFeedWithADoctypeIsRefusedNotExpanded() {
        // a DOCTYPE is the vehicle of external entities and of entity bombs: the parser refuses it outright
        services.rawFeed = "<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>http://arxiv.org/abs/2101.00001v1</id>"
                + "<title>&x;</title></entry></feed>";
        assertThatThrownBy(() -> arxiv(Duration.ZERO).fetch(List.of(PaperId.arxiv("2101.00001")), progress::add))
                .isInstanceOf(PaperException.class)
                .hasMessageContaining("something other than an Atom feed")
                .hasMessageNotContaining("root:");
    }
}
