package io.github.awesomedsl.example.healthcare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example list's site, which the build writes (generate with site=true): every item and every row of the
 * two dataset tables, and the tag and year filters. How the page behaves is tested in a browser by the
 * plugin's SiteBrowserTest; here, that this list's page holds all of it.
 */
class ExampleSiteTest {

    @Test
    void thePageHoldsEveryItemAndRowWithTheirFilters() throws Exception {
        Path site = Path.of("target/awesome-site");
        assertThat(site.resolve("index.html")).exists();
        assertThat(site.resolve("site.js")).exists();
        JsonNode data = new ObjectMapper().readTree(site.resolve("data.json").toFile());
        int items =
                HealthcareFoundationModelsListCatalog.ALL.size() + HealthcareFoundationModelsListCatalog.LINKS.size();
        int rows = HealthcareFoundationModelsListCatalog.ROWS.size();
        assertThat(items).isEqualTo(75);
        assertThat(data.path("entries")).hasSize(items + rows);
        List<String> sections = new ArrayList<>();
        data.path("values").path("section").forEach(s -> sections.add(s.asText()));
        assertThat(sections).contains("Datasets › VFM data", "Datasets › BFM data");
        List<String> tags = new ArrayList<>();
        data.path("values").path("tag").forEach(t -> tags.add(t.asText()));
        assertThat(tags).containsExactlyInAnyOrder("LFM", "BFM", "MFM"); // no entry is tagged VFM
        List<String> years = new ArrayList<>();
        data.path("values").path("year").forEach(y -> years.add(y.asText()));
        assertThat(years).first().isEqualTo("2024"); // newest first
        assertThat(Files.readString(site.resolve("index.html")))
                .contains("<script type=\"application/json\" id=\"awesome-data\">");
    }
}
