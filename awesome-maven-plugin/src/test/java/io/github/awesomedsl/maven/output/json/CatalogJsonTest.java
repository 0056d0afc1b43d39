package io.github.awesomedsl.maven.output.json;

import static io.github.awesomedsl.dsl.AwesomeDsl.cell;
import static io.github.awesomedsl.dsl.AwesomeDsl.column;
import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
import static io.github.awesomedsl.dsl.AwesomeDsl.list;
import static io.github.awesomedsl.dsl.AwesomeDsl.section;
import static io.github.awesomedsl.dsl.AwesomeDsl.table;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Badge;
import io.github.awesomedsl.model.Tag;
import io.github.awesomedsl.model.Venue;
import org.junit.jupiter.api.Test;

class CatalogJsonTest {

    private static final AwesomeList LIST = list("Awesome Tools")
            .badge(Badge.AWESOME)
            .description("Tools.")
            .section(section("Papers")
                    .groupByYear()
                    .entry(entry("MedCPT")
                            .venue(Venue.BIOINFORMATICS)
                            .year(2023)
                            .paper("https://p.org")
                            .tags(Tag.of("LFM"))))
            .section(section("Data")
                    .placeholder()
                    .table(table(column("Name").center()).row(cell("UniProt", "https://u.org"))))
            .build();

    @Test
    void holdsTheWholeListWithASchemaVersion() throws Exception {
        JsonNode json = new ObjectMapper().readTree(CatalogJson.of(LIST));
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(CatalogJson.SCHEMA_VERSION);
        assertThat(json.get("title").asText()).isEqualTo("Awesome Tools");
        assertThat(json.at("/badges/0/imageUrl").asText()).isEqualTo("https://awesome.re/badge.svg");
        JsonNode entry = json.at("/sections/0/items/0");
        assertThat(entry.get("type").asText()).isEqualTo("entry");
        assertThat(entry.get("venue").asText()).isEqualTo("Bioinformatics");
        assertThat(entry.get("year").asInt()).isEqualTo(2023);
        assertThat(entry.at("/links/0/kind").asText()).isEqualTo("paper");
        assertThat(entry.at("/tags/0").asText()).isEqualTo("LFM");
        assertThat(entry.at("/source/file").asText())
                .isEqualTo("io/github/awesomedsl/maven/output/json/CatalogJsonTest.java");
        assertThat(json.at("/sections/1/placeholder").asText()).isEqualTo("Contributions welcome.");
        assertThat(json.at("/sections/1/tables/0/columns/0/alignment").asText()).isEqualTo("center");
        assertThat(json.at("/sections/1/tables/0/rows/0/cells/0/links/0/url").asText())
                .isEqualTo("https://u.org");
    }

    @Test
    void isStable() {
        assertThat(CatalogJson.of(LIST))
                .isEqualTo(CatalogJson.of(LIST))
                .endsWith("}\n")
                .startsWith("{\n  \"schemaVersion\" : 1,");
    }
}
