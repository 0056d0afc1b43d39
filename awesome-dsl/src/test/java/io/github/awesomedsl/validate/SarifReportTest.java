package io.github.awesomedsl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.awesomedsl.testing.NpmTools;
import io.github.awesomedsl.validate.seed.SeedDefectsList;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String sarifOfTheSeedDefects() {
        Validator validator =
                Validator.withDefaultRules().withSeverity("badge", "off").withSeverity("spelling", "info");
        ValidationReport report = validator.validate(new SeedDefectsList().define());
        return SarifReport.of(
                validator, report, location -> Optional.of("src/test/java/" + location.relativePath()), "0.1.0");
    }

    @Test
    void validatesAgainstTheSarif210Schema() throws Exception {
        // The official schema (2.1.0 rtm.5) as shipped by Microsoft's jest-sarif, pinned in tools/npm.
        Path schemaFile = NpmTools.nodeModules().resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(schemaFile)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        Set<ValidationMessage> problems = schema.validate(JSON.readTree(sarifOfTheSeedDefects()));
        assertThat(problems).isEmpty();

        Set<ValidationMessage> broken =
                schema.validate(JSON.readTree("{\"version\":\"2.1.0\",\"runs\":[{\"results\":[]}]}"));
        assertThat(broken).as("the schema check can fail").isNotEmpty();
    }

    @Test
    void carriesRulesLevelsAndLocatedResults() throws Exception {
        JsonNode run = JSON.readTree(sarifOfTheSeedDefects()).get("runs").get(0);
        JsonNode rules = run.at("/tool/driver/rules");
        assertThat(rules.get(0).get("id").asText()).isEqualTo("title-case");
        assertThat(rules.findValues("id")).extracting(JsonNode::asText).contains("year-mismatch", "unused-suppression");
        JsonNode badge = rules.get(1);
        assertThat(badge.at("/defaultConfiguration/enabled").asBoolean()).isFalse();

        JsonNode first = run.get("results").get(0);
        assertThat(first.get("ruleId").asText()).isEqualTo("title-case");
        assertThat(first.get("level").asText()).isEqualTo("error");
        assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri")
                        .asText())
                .isEqualTo("src/test/java/io/github/awesomedsl/validate/seed/SeedDefectsList.java");
        assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt())
                .isPositive();
        assertThat(run.get("results").findValues("level"))
                .extracting(JsonNode::asText)
                .contains("note", "warning");
        assertThat(run.get("results").findValues("fullyQualifiedName"))
                .extracting(JsonNode::asText)
                .contains("Methods › LFM methods in healthcare › BioBART");
    }
}
