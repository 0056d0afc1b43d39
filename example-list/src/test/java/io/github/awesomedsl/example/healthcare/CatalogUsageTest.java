package io.github.awesomedsl.example.healthcare;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.example.healthcare.HealthcareFoundationModelsListCatalog.Datasets.BfmData;
import io.github.awesomedsl.example.healthcare.HealthcareFoundationModelsListCatalog.Methods.LfmMethodsInHealthcare;
import io.github.awesomedsl.example.healthcare.HealthcareFoundationModelsListCatalog.Tags;
import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.LinkKind;
import io.github.awesomedsl.model.Venue;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The catalog as a consumer uses it (the root README shows the same calls). */
class CatalogUsageTest {

    @Test
    void constantsHoldTheEntries() {
        Entry medcpt = LfmMethodsInHealthcare.MEDCPT;
        assertThat(medcpt.venue()).hasValue(Venue.BIOINFORMATICS);
        assertThat(medcpt.year()).hasValue(2023);
        assertThat(medcpt.link(LinkKind.CODE).orElseThrow().url()).isEqualTo(LfmMethodsInHealthcare.MEDCPT_CODE_URL);
        assertThat(BfmData.ALPHAFOLD_DB.title()).isEqualTo("AlphaFold DB");
    }

    @Test
    void listsAndLookupsCoverTheWholeList() {
        assertThat(HealthcareFoundationModelsListCatalog.ALL).hasSize(74).startsWith(LfmMethodsInHealthcare.MEDCPT);
        assertThat(HealthcareFoundationModelsListCatalog.byTag(Tags.LFM)).hasSize(39);
        assertThat(HealthcareFoundationModelsListCatalog.byTag(Tags.BFM)).hasSize(30);
        assertThat(HealthcareFoundationModelsListCatalog.byTag(Tags.MFM)).hasSize(5);
        assertThat(HealthcareFoundationModelsListCatalog.byYear(2024)).hasSize(2);
        assertThat(HealthcareFoundationModelsListCatalog.ROWS).hasSize(27);
        assertThat(HealthcareFoundationModelsListCatalog.LINKS).hasSize(1);
    }

    @Test
    void theJarCarriesTheCatalogJson() throws Exception {
        try (InputStream json =
                getClass().getResourceAsStream("/META-INF/awesome/awesome-healthcare-foundation-models.json")) {
            assertThat(json).isNotNull();
            assertThat(new String(json.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .startsWith(
                            "{\n  \"schemaVersion\" : 1,\n  \"title\" : \"Awesome Foundation Models for Advancing Healthcare\"");
        }
    }
}
