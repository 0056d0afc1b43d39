package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.metadata.Metadata;
import io.github.awesomedsl.metadata.RepositoryHealth;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Severity;
import java.util.Optional;

/**
 * A linked repository declares a licence. Off by default: whether a list only recommends open-source
 * projects is the list's policy; turn it on with {@code <rules><missing-license>on</missing-license></rules>}.
 */
public final class MissingLicenseRule extends RepositoryRule {

    public MissingLicenseRule(Metadata metadata) {
        super(metadata);
    }

    @Override
    public String id() {
        return "missing-license";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public boolean enabledByDefault() {
        return false;
    }

    @Override
    public String description() {
        return "A linked GitHub repository declares a licence GitHub recognises (off by default).";
    }

    @Override
    Optional<String> problem(String url, RepositoryHealth health, ListIndex.Element element) {
        if (health.missing()
                || health.license().isPresent() && !health.license().get().equals("NOASSERTION")) {
            return Optional.empty();
        }
        return Optional.of("links " + url + ", which "
                + (health.license().isEmpty()
                        ? "declares no licence"
                        : "has a licence file GitHub cannot identify (NOASSERTION)")
                + " (" + fetched(health) + "): without one, nobody may reuse its code; ask its owners for one or"
                + " drop the entry if the list only recommends open source");
    }
}
