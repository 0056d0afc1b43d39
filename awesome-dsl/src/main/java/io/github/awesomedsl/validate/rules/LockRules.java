package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.metadata.Metadata;
import io.github.awesomedsl.validate.Rule;
import java.util.List;

/** The rules over the metadata lock (repositories and papers), registered here so that the validator's caller needs one call. */
public final class LockRules {

    private LockRules() {}

    /**
     * archived-repo, moved-repo, stale-repo (after {@code staleDays}), missing-license (off by default),
     * paper-year, paper-title, published-version and retracted over {@code metadata}; with an empty lock they find nothing, but their ids can still be configured.
     */
    public static List<Rule> of(Metadata metadata, int staleDays) {
        return List.of(
                new ArchivedRepoRule(metadata),
                new MovedRepoRule(metadata),
                new StaleRepoRule(metadata, staleDays),
                new MissingLicenseRule(metadata),
                new PaperYearRule(metadata),
                new PaperTitleRule(metadata),
                new PublishedVersionRule(metadata),
                new RetractedRule(metadata));
    }
}
