package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.metadata.RepositoryMetadata;
import io.github.awesomedsl.validate.Rule;
import java.util.List;

/** The rules over the metadata lock, registered here so that the validator's caller needs one call. */
public final class RepositoryRules {

    private RepositoryRules() {}

    /**
     * archived-repo, moved-repo, stale-repo (after {@code staleDays}) and missing-license (off by default)
     * over {@code metadata}; with an empty lock they find nothing, but their ids can still be configured.
     */
    public static List<Rule> of(RepositoryMetadata metadata, int staleDays) {
        return List.of(
                new ArchivedRepoRule(metadata),
                new MovedRepoRule(metadata),
                new StaleRepoRule(metadata, staleDays),
                new MissingLicenseRule(metadata));
    }
}
