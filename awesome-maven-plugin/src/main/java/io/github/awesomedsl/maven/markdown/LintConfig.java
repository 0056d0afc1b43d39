package io.github.awesomedsl.maven.markdown;

import io.github.awesomedsl.validate.SarifReport;
import io.github.awesomedsl.validate.Severity;
import io.github.awesomedsl.validate.Validator;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Rule severities for a list that stays Markdown and so has no {@code <rules>} in a POM: the committed file
 * {@value #FILE_NAME} in the README's folder or the nearest folder above it that holds {@code .git}, as
 * Java properties, one rule per line:
 *
 * <pre>
 * # silence a house style, make another finding fail the build
 * description-style = off
 * link-spacing = error
 * </pre>
 *
 * The values are {@code error}, {@code warning}, {@code info} and {@code off}; the ids are those of
 * awesome:lint's rules (validator and Markdown rules alike). An unknown id or value is an error that
 * names the known ones.
 *
 * @param file the file read, if there is one
 * @param severities configured rule id to severity; an empty value means off
 */
public record LintConfig(Optional<Path> file, Map<String, Optional<Severity>> severities) {

    public static final String FILE_NAME = ".awesome-lint.properties";

    /** No file: every rule at its default. */
    public static final LintConfig NONE = new LintConfig(Optional.empty(), Map.of());

    /** The configuration that applies to {@code readme}: its folder's file, or the repository root's. */
    public static LintConfig forReadme(Path readme, Validator validator) throws IOException {
        Path dir = readme.toAbsolutePath().normalize().getParent();
        for (Path at = dir; at != null; at = at.getParent()) {
            Path candidate = at.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return read(candidate, validator);
            }
            if (Files.exists(at.resolve(".git"))) {
                break; // the repository's root: no further up
            }
        }
        return NONE;
    }

    static LintConfig read(Path file, Validator validator) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        List<String> known = knownRules(validator);
        Map<String, Optional<Severity>> severities = new TreeMap<>();
        for (String id : properties.stringPropertyNames()) {
            String value = properties.getProperty(id).strip().toLowerCase(Locale.ROOT);
            if (!known.contains(id)) {
                throw new IllegalArgumentException(file.getFileName() + ": unknown rule \"" + id + "\"; the rules are "
                        + String.join(", ", known));
            }
            if (value.equals("off")) {
                severities.put(id, Optional.empty());
            } else if (List.of("error", "warning", "info").contains(value)) {
                severities.put(id, Optional.of(Severity.parse(value)));
            } else {
                throw new IllegalArgumentException(file.getFileName() + ": " + id + " = " + properties.getProperty(id)
                        + " is not a severity; write error, warning, info or off");
            }
        }
        return new LintConfig(Optional.of(file), severities);
    }

    /** Every rule id awesome:lint reports: the validator's and the Markdown rules. */
    public static List<String> knownRules(Validator validator) {
        List<String> ids = new ArrayList<>();
        SarifReport.rules(validator).forEach(r -> ids.add(r.id()));
        MarkdownLint.MARKDOWN_RULES.forEach(r -> ids.add(r.id()));
        return ids;
    }

    /** {@code validator} with the configured severities of its rules. */
    public Validator apply(Validator validator) {
        Validator configured = validator;
        for (Map.Entry<String, Optional<Severity>> rule : severities.entrySet()) {
            boolean validatorRule = validator.rules().stream().anyMatch(r -> r.id().equals(rule.getKey()))
                    || rule.getKey().equals(Validator.UNUSED_SUPPRESSION);
            if (validatorRule) {
                configured = configured.withSeverity(
                        rule.getKey(), rule.getValue().map(s -> s.name()).orElse("off"));
            }
        }
        return configured;
    }

    /** The findings with the configured severities of the Markdown rules (off ones dropped). */
    public List<LintFinding> apply(List<LintFinding> findings) {
        List<LintFinding> out = new ArrayList<>(findings.size());
        for (LintFinding f : findings) {
            Optional<Severity> configured = severities.get(f.ruleId());
            if (configured == null) {
                out.add(f);
            } else if (configured.isPresent()) {
                out.add(new LintFinding(f.ruleId(), configured.get(), f.line(), f.column(), f.message()));
            }
        }
        return out;
    }
}
