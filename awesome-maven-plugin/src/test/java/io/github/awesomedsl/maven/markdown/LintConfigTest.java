package io.github.awesomedsl.maven.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.awesomedsl.validate.Severity;
import io.github.awesomedsl.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintConfigTest {

    private static final String README =
            "# Awesome X [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n\n"
                    + "## Contents\n\n- [Tools](#tools)\n\n## Tools\n\n- [A](https://a.example.com) – lowercase, no stop\n";

    @Test
    void severitiesComeFromTheFileAtTheRepositoryRoot(@TempDir Path repo) throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(
                repo.resolve(LintConfig.FILE_NAME), "# house style\ndescription-style = off\nitem-separator = error\n");
        Path readme =
                Files.writeString(Files.createDirectories(repo.resolve("docs")).resolve("README.md"), README);
        LintConfig config = LintConfig.forReadme(readme, Validator.withDefaultRules());
        assertThat(config.file()).contains(repo.resolve(LintConfig.FILE_NAME));
        var findings =
                config.apply(new MarkdownLint(config.apply(Validator.withDefaultRules())).lint("README.md", README));
        assertThat(findings).extracting(f -> f.ruleId() + " " + f.severity()).containsExactly("item-separator ERROR");
    }

    @Test
    void noFileMeansTheDefaults(@TempDir Path repo) throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        Path readme = Files.writeString(repo.resolve("README.md"), README);
        assertThat(LintConfig.forReadme(readme, Validator.withDefaultRules())).isEqualTo(LintConfig.NONE);
    }

    @Test
    void unknownRulesAndValuesAreErrorsThatNameTheChoices(@TempDir Path repo) throws Exception {
        Path readme = Files.writeString(repo.resolve("README.md"), README);
        Files.writeString(repo.resolve(LintConfig.FILE_NAME), "dup-url = off\n");
        assertThatThrownBy(() -> LintConfig.forReadme(readme, Validator.withDefaultRules()))
                .hasMessageStartingWith(
                        ".awesome-lint.properties: unknown rule \"dup-url\"; the rules are title-case, badge,")
                .hasMessageContaining("item-separator");
        Files.writeString(repo.resolve(LintConfig.FILE_NAME), "badge = loud\n");
        assertThatThrownBy(() -> LintConfig.forReadme(readme, Validator.withDefaultRules()))
                .hasMessage(
                        ".awesome-lint.properties: badge = loud is not a severity; write error, warning, info or off");
        Files.writeString(repo.resolve(LintConfig.FILE_NAME), "badge = INFO\n");
        assertThat(LintConfig.forReadme(readme, Validator.withDefaultRules()).severities())
                .containsEntry("badge", java.util.Optional.of(Severity.INFO));
    }
}
