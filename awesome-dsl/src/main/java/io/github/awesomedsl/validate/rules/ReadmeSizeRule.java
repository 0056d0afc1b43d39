package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Severity;
import java.util.function.ToLongFunction;

/**
 * The README stays well under GitHub's render limit: GitHub shows no README over 512 KB, and lists that
 * grew past it had to split. Warned from 400 KB, with the way out: the site, or several lists.
 */
public final class ReadmeSizeRule implements Rule {

    /** GitHub renders no README larger than this. */
    public static final long GITHUB_LIMIT = 512 * 1024;

    /** Where the warning starts: room for a few months of contributions. */
    public static final long WARN_FROM = 400 * 1024;

    private final ToLongFunction<AwesomeList> readmeBytes;

    /** @param readmeBytes the size in bytes of the README the list renders to (or, for a Markdown list, of the file) */
    public ReadmeSizeRule(ToLongFunction<AwesomeList> readmeBytes) {
        this.readmeBytes = readmeBytes;
    }

    @Override
    public String id() {
        return "readme-size";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "The README stays under 400 KB: GitHub renders no README over 512 KB.";
    }

    @Override
    public Check begin(ListIndex list, Findings findings) {
        return Rule.atEnd(() -> {
            long bytes = readmeBytes.applyAsLong(list.list());
            if (bytes > WARN_FROM) {
                findings.report(
                        list.listElement(),
                        "the README is " + bytes / 1024 + " KB"
                                + (bytes > GITHUB_LIMIT ? ", over" : ", near")
                                + " the 512 KB GitHub renders at most; publish the list as a site (awesome:site) and keep"
                                + " the README short, or split the list into several");
            }
        });
    }
}
