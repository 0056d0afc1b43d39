package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.internal.Ascii;
import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A plain {@code http://} link whose host is not known to serve https (insecure-url reports those that
 * are): an info that says so, since only a request tells ({@code awesome:links} makes it), rather than
 * silence.
 */
public final class PlainHttpRule implements Rule {

    @Override
    public String id() {
        return "plain-http";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String description() {
        return "Plain http links whose host is not known to serve https, so that they can be checked.";
    }

    @Override
    public Check begin(ListIndex list, Findings findings) {
        List<Integer> plain = new ArrayList<>(); // most lists: none, and no host to look up at all
        return new Check() {
            @Override
            public void url(int number, String url, ListIndex.Element element) {
                if (Ascii.regionMatchesIgnoreCase(url, 0, "http://")) {
                    plain.add(number);
                }
            }

            @Override
            public void end() {
                if (plain.isEmpty()) {
                    return;
                }
                Set<String> httpsHosts = new HashSet<>();
                for (int j = 0; j < list.urlCount(); j++) {
                    if (Ascii.regionMatchesIgnoreCase(list.url(j), 0, "https://")) {
                        httpsHosts.add(InsecureUrlRule.host(list.url(j), 8));
                    }
                }
                for (int j : plain) {
                    String url = list.url(j);
                    String host = InsecureUrlRule.host(url, 7);
                    if (!httpsHosts.contains(host) && !InsecureUrlRule.isKnownHttpsHost(host)) {
                        findings.report(
                                list.urlElement(j),
                                "links " + url + " over plain http; whether " + host
                                        + " serves https is not verified here (awesome:links tries it); prefer https:// where it does");
                    }
                }
            }
        };
    }
}
