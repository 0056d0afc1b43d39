package io.github.awesomedsl.maven.output.site;

import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
import static io.github.awesomedsl.dsl.AwesomeDsl.list;
import static io.github.awesomedsl.dsl.AwesomeDsl.section;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.awesomedsl.metadata.GithubRepository;
import io.github.awesomedsl.metadata.Metadata;
import io.github.awesomedsl.metadata.RepositoryHealth;
import io.github.awesomedsl.model.AwesomeList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The site's data: what the lock adds, and JSON that no title can break out of. */
class SiteWriterTest {

    private static final Metadata LOCK = Metadata.of(List.of(new RepositoryHealth(
            new GithubRepository("keeper", "attic"),
            Instant.parse("2026-11-30T00:00:00Z"),
            false,
            "keeper/attic",
            87,
            0,
            0,
            Optional.of(Instant.parse("2019-05-01T00:00:00Z")),
            true,
            false,
            Optional.empty(),
            Optional.empty(),
            Optional.empty())));

    private static final AwesomeList LIST = list("Awesome Things")
            .section(section("Tools")
                    .entry(entry("Attic").url("https://github.com/keeper/attic"))
                    .entry(entry("</script><script>alert(1)</script>").url("https://example.org/x")))
            .build();

    @Test
    void theLockAddsStarsArchivedAndLastPushFacets() throws Exception {
        JsonNode data = new ObjectMapper().readTree(SiteWriter.data(LIST, LOCK));
        JsonNode attic = data.path("entries").get(0);
        assertThat(attic.path("stars").asInt()).isEqualTo(87);
        assertThat(attic.path("facets").path("repository").get(0).asText()).isEqualTo("archived");
        assertThat(attic.path("facets").path("pushed").get(0).asText()).isEqualTo("2019");
        assertThat(data.path("facets").findValuesAsText("key")).contains("repository", "pushed");
        assertThat(new ObjectMapper()
                        .readTree(SiteWriter.data(LIST, Metadata.empty()))
                        .path("facets")
                        .findValuesAsText("key"))
                .doesNotContain("repository", "pushed");
    }

    @Test
    void theEmbeddedDataCannotEndItsScript() {
        String page = SiteWriter.page(LIST, SiteWriter.data(LIST, Metadata.empty()));
        String embedded =
                page.substring(page.indexOf("id=\"awesome-data\">"), page.indexOf("<script src=\"site.js\">"));
        assertThat(embedded).doesNotContain("</script><script>").contains("\\u003c/script\\u003e");
        assertThat(page).contains("<title>Awesome Things</title>");
    }
}
