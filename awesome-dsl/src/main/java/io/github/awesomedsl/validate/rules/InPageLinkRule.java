package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.render.MarkdownRenderer;
import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Severity;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An in-page link ({@code #tools}) points at the anchor of one of the README's headings, as GitHub makes
 * them: lowercase, punctuation dropped, duplicates numbered. The anchors are those of the list's own
 * rendering, so a renamed section breaks the link at build time, not on GitHub.
 */
public final class InPageLinkRule implements Rule {

    @Override
    public String id() {
        return "in-page-link";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "In-page links (#anchor) point at a heading of the README.";
    }

    private record AnchorLink(String url, ListIndex.Element element) {}

    @Override
    public Check begin(ListIndex list, Findings findings) {
        List<AnchorLink> links = new ArrayList<>();
        return new Check() {
            @Override
            public void url(int number, String url, ListIndex.Element element) {
                if (url.startsWith("#")) {
                    links.add(new AnchorLink(url, element));
                }
            }

            @Override
            public void end() {
                if (links.isEmpty()) {
                    return; // the common case: nothing to look up, no rendering
                }
                Set<String> anchors = new HashSet<>(MarkdownRenderer.create().anchors(list.list()));
                links.stream().sorted(Comparator.comparing(AnchorLink::url)).forEach(link -> {
                    String anchor = anchor(link.url());
                    if (!anchor.isEmpty() && !anchors.contains(anchor)) {
                        findings.report(
                                link.element(),
                                "the in-page link " + link.url() + " matches no heading of the README;"
                                        + " link a heading's anchor (a heading \"Build tools\" is #build-tools)");
                    }
                });
            }
        };
    }

    /**
     * The heading anchor an in-page link names, percent-escapes decoded; a {@code %} that starts no escape
     * ({@code #100%}) is taken as written, as the browser does.
     */
    static String anchor(String url) {
        String fragment = url.substring(1).replace("+", "%2B");
        try {
            return URLDecoder.decode(fragment, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return url.substring(1);
        }
    }
}
