package io.github.awesomedsl.validate.seed;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.validate.Diagnostic;
import io.github.awesomedsl.validate.ValidationReport;
import io.github.awesomedsl.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator finds every defect class of the seed list, at the right Java line, and nothing else. */
class SeedDefectsTest {

    @Test
    void reportsEveryMarkedDefectAtItsLineAndNothingElse() throws Exception {
        List<String> source = Files.readAllLines(
                Path.of("src/test/java/io/github/awesomedsl/validate/seed/SeedDefectsList.java"), UTF_8);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            int marker = source.get(i).indexOf("// defect: ");
            if (marker >= 0 && !source.get(i).strip().startsWith("*")) { // not the javadoc that explains markers
                for (String rule : source.get(i)
                        .substring(marker + "// defect: ".length())
                        .trim()
                        .split(" +")) {
                    expected.add("SeedDefectsList.java:" + (i + 1) + " " + rule);
                }
            }
        }
        ValidationReport report = Validator.withDefaultRules().validate(new SeedDefectsList().define());
        List<String> actual = report.diagnostics().stream()
                .map(d -> d.location() + " " + d.ruleId())
                .toList();

        assertThat(actual)
                .as(String.join(
                        "\n",
                        report.diagnostics().stream().map(Diagnostic::format).toList()))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(actual)
                .as("defect classes covered")
                .extracting(a -> a.substring(a.indexOf(' ') + 1))
                .contains(
                        "title-case",
                        "empty-section",
                        "duplicate-url",
                        "spelling",
                        "year-mismatch",
                        "url-syntax",
                        "control-characters",
                        "duplicate-row",
                        "insecure-url");
    }
}
