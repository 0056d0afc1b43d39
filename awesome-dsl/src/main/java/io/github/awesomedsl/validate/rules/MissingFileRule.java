package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Severity;
import java.util.function.Predicate;

/**
 * Links relative to the repository ({@code contributing.md}, {@code ./docs/guide.md}) point at a file or
 * folder that exists beside the README. It needs the repository, so the plugin adds it (with
 * {@code exists} answering for the README's folder); the DSL's own validator has no files to look at.
 */
public final class MissingFileRule implements Rule {

    private final Predicate<String> exists;

    /** @param exists whether a path relative to the README's folder exists */
    public MissingFileRule(Predicate<String> exists) {
        this.exists = exists;
    }

    @Override
    public String id() {
        return "missing-file";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "Links relative to the repository point at a file or folder beside the README that exists.";
    }

    @Override
    public Check begin(ListIndex list, Findings findings) {
        return new Check() {
            @Override
            public void url(int number, String url, ListIndex.Element element) {
                if (!UrlSyntaxRule.isRelative(url) || url.startsWith("#")) {
                    return;
                }
                String path = url.replaceFirst("[?#].*$", "");
                if (!path.isEmpty() && !exists.test(path)) {
                    findings.report(
                            element,
                            "links " + path + ", which does not exist beside the README; write it"
                                    + (path.toLowerCase(java.util.Locale.ROOT).endsWith("contributing.md")
                                            ? " (awesome-lint requires a contributing guide)"
                                            : "")
                                    + ", or correct the link");
                }
            }
        };
    }
}
