package io.github.awesomedsl.maven.docs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.maven.markdown.MarkdownLint;
import io.github.awesomedsl.validate.SarifReport;
import io.github.awesomedsl.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README's rule tables list every rule with its default, what it demands and whether awesome:fix repairs it. */
class ReadmeRulesTest {

    /** The rules awesome:fix repairs in a Markdown README (MarkdownFixer), with how. */
    static final java.util.Map<String, String> FIXED = java.util.Map.of(
            "whitespace", "yes",
            "list-marker", "yes",
            "toc-anchor", "yes (the contents are written again)",
            "toc-text", "yes (the contents are written again)",
            "item-separator", "yes",
            "spelling", "in prose",
            "insecure-url", "with awesome:links' cache",
            "moved-repo", "with the metadata lock");

    static String table(List<SarifReport.RuleDescriptor> rules) {
        StringBuilder out = new StringBuilder("| rule | default | demands | `awesome:fix` |\n|---|---|---|---|\n");
        for (SarifReport.RuleDescriptor rule : rules) {
            out.append("| `")
                    .append(rule.id())
                    .append("` | ")
                    .append(rule.level()
                            .map(l -> l.name().toLowerCase(Locale.ROOT))
                            .orElse("off"))
                    .append(" | ")
                    .append(rule.description().replace("|", "\\|"))
                    .append(" | ")
                    .append(FIXED.getOrDefault(rule.id(), "no"))
                    .append(" |\n");
        }
        return out.toString();
    }

    @Test
    void theTablesListEveryRule() throws Exception {
        String readme = Files.readString(Path.of("../README.md"), UTF_8);
        // the plugin's validator: the built-in rules and missing-file, which needs the repository
        java.util.List<io.github.awesomedsl.validate.Rule> all = new java.util.ArrayList<>(Validator.defaultRules());
        all.add(new io.github.awesomedsl.validate.rules.MissingFileRule(path -> true));
        all.addAll(
                io.github.awesomedsl.validate.rules.LockRules.of(io.github.awesomedsl.metadata.Metadata.empty(), 365));
        all.add(new io.github.awesomedsl.validate.rules.ReadmeSizeRule(list -> 0));
        String validation = table(SarifReport.rules(Validator.of(all)));
        String markdown = table(MarkdownLint.MARKDOWN_RULES);
        assertThat(readme).as("the Validation table:%n%s", validation).contains(validation);
        assertThat(readme).as("the Markdown rules table:%n%s", markdown).contains(markdown);
        assertThat(FIXED.keySet())
                .isSubsetOf(Set.copyOf(io.github.awesomedsl.maven.markdown.LintConfig.knownRules(Validator.of(all))));
    }
}
