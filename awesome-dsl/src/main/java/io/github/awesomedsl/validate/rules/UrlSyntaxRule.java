package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.internal.Ascii;
import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Severity;
import java.util.Locale;

/**
 * Every link is an absolute {@code http} or {@code https} URL with a host and no spaces, or a link
 * relative to the repository ({@code ./docs/guide.md}, {@code ../LICENSE}, {@code docs/}) or to the page
 * ({@code #tools}, checked by {@link InPageLinkRule}). Other schemes are unsafe
 * ({@code javascript:}, {@code data:}, {@code vbscript:}, {@code file:}) or do not work, and a bare host
 * name ({@code example.org/x}) is a mistake: GitHub would read it as a file of the repository. The
 * allow-list holds for every URL the list holds: entries, link items, cells, paragraphs and badges.
 */
public final class UrlSyntaxRule implements Rule {

    @Override
    public String id() {
        return "url-syntax";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "Links are absolute http(s) URLs with a host and without spaces or control characters, or relative to"
                + " the repository (./docs/guide.md) or the page (#tools).";
    }

    @Override
    public Check begin(ListIndex list, Findings findings) {
        return new Check() {
            @Override
            public void url(int number, String url, ListIndex.Element element) {
                String problem = problem(url);
                if (problem != null) {
                    findings.report(element, problem);
                }
            }

            @Override
            public void end() {
                // a badge's URLs become a live image and link too: javascript:, data: or file: must not pass there
                // either
                BadgeUrls.check(list, findings, UrlSyntaxRule::problem);
            }
        };
    }

    /** {@code http(s)://host…} with a host and only visible ASCII: certainly fine. */
    private static boolean isPlainHttpUrl(String url) {
        int start;
        if (Ascii.regionMatchesIgnoreCase(url, 0, "https://")) {
            start = 8;
        } else if (Ascii.regionMatchesIgnoreCase(url, 0, "http://")) {
            start = 7;
        } else {
            return false;
        }
        if (start >= url.length() || "/?#:@".indexOf(url.charAt(start)) >= 0 || url.endsWith(")")) {
            return false;
        }
        for (int i = start; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

    /** Endings of files a repository links, which a bare host name never has. */
    private static final java.util.Set<String> FILE_ENDINGS = java.util.Set.of(
            "md",
            "markdown",
            "html",
            "htm",
            "txt",
            "png",
            "jpg",
            "jpeg",
            "gif",
            "svg",
            "webp",
            "pdf",
            "json",
            "yml",
            "yaml",
            "toml",
            "xml",
            "csv",
            "java",
            "py",
            "js",
            "ts",
            "sh",
            "rst",
            "adoc",
            "ipynb",
            "zip");

    /**
     * A link relative to the repository or the page: {@code ./…}, {@code ../…}, {@code /…}, {@code ?…},
     * or a path whose first part is not a host name ({@code docs/guide.md}, {@code LICENSE}); not
     * {@code example.org/x}, which only looks relative.
     */
    public static boolean isRelative(String url) {
        if (url.startsWith("./")
                || url.startsWith("../")
                || (url.startsWith("/") && !url.startsWith("//"))
                || url.startsWith("?")
                || url.startsWith("#")) {
            return true;
        }
        if (url.startsWith("//") || url.isBlank() || SCHEME.matcher(url).lookingAt()) {
            return false;
        }
        int end = url.length();
        for (int i = 0; i < url.length(); i++) {
            if ("/?#".indexOf(url.charAt(i)) >= 0) {
                end = i;
                break;
            }
        }
        String first = url.substring(0, end);
        int dot = first.lastIndexOf('.');
        if (dot < 0) {
            return !first.contains("@"); // docs/…, LICENSE
        }
        String ending = first.substring(dot + 1).toLowerCase(Locale.ROOT);
        boolean hostLike = first.matches("(?i)[a-z0-9-]+(\\.[a-z0-9-]+)+") && ending.matches("[a-z]{2,}");
        return !hostLike || FILE_ENDINGS.contains(ending);
    }

    /** What is wrong with {@code url}, or {@code null}; also used by the compile-time checks. */
    public static String problem(String url) {
        if (isPlainHttpUrl(url)) {
            return null; // the common case, checked without allocating
        }
        String quoted = "URL \"" + url + "\"";
        if (url.isBlank()) {
            return "the URL is empty; give the link's target";
        }
        int target = url.lastIndexOf("](");
        if (target >= 0 && url.endsWith(")")) {
            return quoted + " is a Markdown link, not a URL; keep only its target: "
                    + url.substring(target + 2, url.length() - 1);
        }
        int colon = url.indexOf(':');
        String scheme = colon > 0 ? url.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        if (!scheme.equals("http") && !scheme.equals("https")) {
            if (scheme.isEmpty()
                    || !scheme.chars()
                            .allMatch(c -> Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
                if (isRelative(url)) {
                    return url.contains(" ") ? quoted + " contains a space; percent-encode it as %20" : null;
                }
                return quoted + " has no scheme, so GitHub treats it as a relative link; write https://" + url.strip();
            }
            return quoted + " uses the " + scheme + ": scheme; only http and https links are allowed";
        }
        if (!url.regionMatches(colon, "://", 0, 3)) {
            return quoted + " lacks the // after " + scheme + ":; write " + scheme + "://…";
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ' ') {
                return quoted + " contains a space; percent-encode it as %20";
            }
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                return quoted + " contains a control or whitespace character (U+" + String.format("%04X", (int) c)
                        + "); remove it";
            }
        }
        int hostStart = colon + 3;
        int hostEnd = hostStart;
        while (hostEnd < url.length() && "/?#".indexOf(url.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        String authority = url.substring(hostStart, hostEnd);
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        if (host.isEmpty() || host.startsWith(":")) {
            return quoted + " has no host; write the full address, e.g. https://example.org/…";
        }
        return null;
    }
}
