package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.internal.Ascii;
import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Links use {@code https://} where the site serves it. To never cry wolf about a site that has no
 * HTTPS, a plain {@code http://} link is reported only when its host is one that is known to serve
 * HTTPS (the large hosts of code, papers and data) or when the list itself links the host over HTTPS.
 */
public final class InsecureUrlRule implements Rule {

    /** Hosts (and their subdomains) that serve HTTPS. */
    private static final Set<String> HTTPS_HOSTS = Set.of(
            "github.com",
            "github.io",
            "gitlab.com",
            "bitbucket.org",
            "arxiv.org",
            "biorxiv.org",
            "medrxiv.org",
            "doi.org",
            "nature.com",
            "science.org",
            "cell.com",
            "sciencedirect.com",
            "springer.com",
            "wiley.com",
            "acm.org",
            "ieee.org",
            "aclanthology.org",
            "openreview.net",
            "pnas.org",
            "oup.com",
            "nih.gov",
            "europepmc.org",
            "huggingface.co",
            "kaggle.com",
            "zenodo.org",
            "figshare.com",
            "wikipedia.org",
            "youtube.com",
            "google.com",
            "medium.com",
            "npmjs.com",
            "pypi.org",
            "maven.org",
            "apache.org",
            "microsoft.com",
            "amazon.com",
            "readthedocs.io",
            "stackoverflow.com",
            "twitter.com",
            "x.com");

    @Override
    public String id() {
        return "insecure-url";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "Links use https:// where the site serves it.";
    }

    @Override
    public Check begin(ListIndex list, Findings findings) {
        List<PlainHttp> plainHttp = new ArrayList<>(); // few, if any
        return new Check() {
            @Override
            public void url(int number, String url, ListIndex.Element element) {
                if (Ascii.regionMatchesIgnoreCase(url, 0, "http://")) {
                    plainHttp.add(new PlainHttp(url, element));
                }
            }

            @Override
            public void end() {
                if (plainHttp.isEmpty()) {
                    return;
                }
                Set<String> httpsHosts = new HashSet<>();
                for (int j = 0; j < list.urlCount(); j++) {
                    if (Ascii.regionMatchesIgnoreCase(list.url(j), 0, "https://")) {
                        httpsHosts.add(host(list.url(j), 8));
                    }
                }
                for (PlainHttp link : plainHttp) {
                    String url = link.url();
                    String host = host(url, 7);
                    if (httpsHosts.contains(host) || isKnownHttpsHost(host)) {
                        findings.report(
                                link.element(),
                                "links " + url + " over plain http, but " + host + " serves https; write https://"
                                        + url.substring(7));
                    }
                }
            }
        };
    }

    /** A plain http link and the element that has it. */
    private record PlainHttp(String url, ListIndex.Element element) {}

    static boolean isKnownHttpsHost(String host) {
        for (String known = host; ; known = known.substring(known.indexOf('.') + 1)) {
            if (HTTPS_HOSTS.contains(known)) {
                return true;
            }
            if (known.indexOf('.') < 0) {
                return false;
            }
        }
    }

    /** The host, lowercased, without {@code www.}, user info or port. */
    static String host(String url, int from) {
        int end = from;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(from, end).toLowerCase(Locale.ROOT);
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        int port = host.lastIndexOf(':');
        host = port >= 0 ? host.substring(0, port) : host;
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
