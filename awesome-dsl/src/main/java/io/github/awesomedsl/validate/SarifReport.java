package io.github.awesomedsl.validate;

import io.github.awesomedsl.internal.JsonWriter;
import io.github.awesomedsl.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A validation report as SARIF 2.1.0, the format code-scanning tools (GitHub's among them) show on pull
 * requests: one run of the tool {@code awesome-dsl}, its rules with their descriptions and configured
 * levels, and one result per diagnostic, located at the list's Java line and named by its route.
 */
public final class SarifReport {

    /** Where the locations' relative URIs are rooted: the project's folder. */
    public static final String SOURCE_ROOT = "SRCROOT";

    private SarifReport() {}

    /**
     * A rule as SARIF describes it.
     *
     * @param id its id
     * @param description one sentence
     * @param level its configured severity; empty when it is off
     */
    public record RuleDescriptor(String id, String description, Optional<Severity> level) {}

    /**
     * The SARIF document.
     *
     * @param validator the validator that made the report (for its rules and levels)
     * @param report the findings
     * @param uriOf the path of a location's source file relative to the project's folder, with {@code /}
     * @param version the tool's version
     */
    public static String of(
            Validator validator,
            ValidationReport report,
            Function<SourceLocation, Optional<String>> uriOf,
            String version) {
        return of(rules(validator), report.diagnostics(), uriOf, version);
    }

    /** The validator's rules (and {@value Validator#UNUSED_SUPPRESSION}) at their configured levels. */
    public static List<RuleDescriptor> rules(Validator validator) {
        List<RuleDescriptor> rules = new ArrayList<>();
        for (Rule rule : validator.rules()) {
            rules.add(new RuleDescriptor(rule.id(), rule.description(), validator.severity(rule.id())));
        }
        rules.add(new RuleDescriptor(
                Validator.UNUSED_SUPPRESSION,
                "A suppression silences a finding on its element.",
                validator.severity(Validator.UNUSED_SUPPRESSION)));
        return rules;
    }

    /**
     * A change that removes a finding, as SARIF's {@code fixes} carry it: the region (1-based lines and
     * columns, the end column exclusive) and the text that replaces it.
     */
    public record Replacement(
            int startLine, int startColumn, int endLine, int endColumn, String text, String description) {}

    /** The SARIF document of any findings of the given rules (the link checker's, for one). */
    public static String of(
            List<RuleDescriptor> rules,
            List<Diagnostic> diagnostics,
            Function<SourceLocation, Optional<String>> uriOf,
            String version) {
        return of(rules, diagnostics, uriOf, version, d -> List.of());
    }

    /**
     * The SARIF document, each result with the {@code fixes} that {@code fixesOf} gives for it (awesome:fix's
     * changes, which code-scanning tools can offer to apply).
     */
    public static String of(
            List<RuleDescriptor> rules,
            List<Diagnostic> diagnostics,
            Function<SourceLocation, Optional<String>> uriOf,
            String version,
            Function<Diagnostic, List<Replacement>> fixesOf) {
        List<String> ruleIds = new ArrayList<>();
        JsonWriter json = new JsonWriter()
                .beginObject()
                .name("$schema")
                .value("https://json.schemastore.org/sarif-2.1.0.json")
                .name("version")
                .value("2.1.0")
                .name("runs")
                .beginArray()
                .beginObject()
                .name("tool")
                .beginObject()
                .name("driver")
                .beginObject()
                .name("name")
                .value("awesome-dsl")
                .name("version")
                .value(version)
                .name("informationUri")
                .value("https://github.com/awesomedsl/awesome-dsl")
                .name("rules")
                .beginArray();
        for (RuleDescriptor rule : rules) {
            rule(json, rule.id(), rule.description(), rule.level());
            ruleIds.add(rule.id());
        }
        json.endArray()
                .endObject()
                .endObject()
                .name("columnKind")
                .value("utf16CodeUnits")
                .name("results")
                .beginArray();
        for (Diagnostic d : diagnostics) {
            json.beginObject()
                    .name("ruleId")
                    .value(d.ruleId())
                    .name("ruleIndex")
                    .value(ruleIds.indexOf(d.ruleId()))
                    .name("level")
                    .value(level(d.severity()))
                    .name("message")
                    .beginObject()
                    .name("text")
                    .value(d.message())
                    .endObject();
            Optional<String> uri = d.location().isKnown() ? uriOf.apply(d.location()) : Optional.empty();
            if (uri.isPresent() || !d.path().isEmpty()) {
                json.name("locations").beginArray().beginObject();
                uri.ifPresent(u -> json.name("physicalLocation")
                        .beginObject()
                        .name("artifactLocation")
                        .beginObject()
                        .name("uri")
                        .value(u)
                        .name("uriBaseId")
                        .value(SOURCE_ROOT)
                        .endObject()
                        .name("region")
                        .beginObject()
                        .name("startLine")
                        .value(d.location().line())
                        .endObject()
                        .endObject());
                if (!d.path().isEmpty()) {
                    json.name("logicalLocations")
                            .beginArray()
                            .beginObject()
                            .name("fullyQualifiedName")
                            .value(d.path())
                            .name("kind")
                            .value("element")
                            .endObject()
                            .endArray();
                }
                json.endObject().endArray();
            }
            List<Replacement> fixes = fixesOf.apply(d);
            if (!fixes.isEmpty() && uri.isPresent()) {
                json.name("fixes").beginArray();
                for (Replacement fix : fixes) {
                    json.beginObject()
                            .name("description")
                            .beginObject()
                            .name("text")
                            .value(fix.description())
                            .endObject()
                            .name("artifactChanges")
                            .beginArray()
                            .beginObject()
                            .name("artifactLocation")
                            .beginObject()
                            .name("uri")
                            .value(uri.get())
                            .name("uriBaseId")
                            .value(SOURCE_ROOT)
                            .endObject()
                            .name("replacements")
                            .beginArray()
                            .beginObject()
                            .name("deletedRegion")
                            .beginObject()
                            .name("startLine")
                            .value(fix.startLine())
                            .name("startColumn")
                            .value(fix.startColumn())
                            .name("endLine")
                            .value(fix.endLine())
                            .name("endColumn")
                            .value(fix.endColumn())
                            .endObject()
                            .name("insertedContent")
                            .beginObject()
                            .name("text")
                            .value(fix.text())
                            .endObject()
                            .endObject()
                            .endArray()
                            .endObject()
                            .endArray()
                            .endObject();
                }
                json.endArray();
            }
            json.endObject();
        }
        return json.endArray().endObject().endArray().endObject().toString() + "\n";
    }

    private static void rule(JsonWriter json, String id, String description, Optional<Severity> severity) {
        json.beginObject()
                .name("id")
                .value(id)
                .name("shortDescription")
                .beginObject()
                .name("text")
                .value(description)
                .endObject()
                .name("defaultConfiguration")
                .beginObject()
                .name("enabled")
                .value(severity.isPresent());
        json.name("level")
                .value(severity.map(SarifReport::level).orElse("none"))
                .endObject()
                .endObject();
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
