package io.github.awesomedsl.metadata;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GitHub repository a list links, read from a URL such as {@code https://github.com/owner/name/tree/main}.
 * Owner and name keep the case the list wrote; {@link #key()} is the case-insensitive identity GitHub uses.
 *
 * @param owner the user or organisation, as linked
 * @param name the repository, as linked ({@code .git} dropped)
 */
public record GithubRepository(String owner, String name) {

    // GitHub's own limits: owners are 1-39 letters, digits and inner hyphens; names 1-100 of [A-Za-z0-9._-]
    private static final Pattern URL = Pattern.compile(
            "(?i)https?://(?:www\\.)?github\\.com/([a-z0-9](?:[a-z0-9-]{0,37}[a-z0-9])?)/([a-z0-9._-]{1,100})(?:[/?#].*)?");

    /** First path segments that are GitHub's pages, not owners. */
    private static final Set<String> NOT_OWNERS = Set.of(
            "about",
            "apps",
            "collections",
            "customer-stories",
            "enterprise",
            "events",
            "explore",
            "features",
            "login",
            "marketplace",
            "new",
            "notifications",
            "orgs",
            "organizations",
            "pricing",
            "readme",
            "search",
            "security",
            "settings",
            "site",
            "sponsors",
            "topics",
            "trending",
            "users");

    public GithubRepository {
        if (!URL.matcher("https://github.com/" + owner + "/" + name).matches()
                || name.equals(".")
                || name.equals("..")) {
            throw new IllegalArgumentException("not a GitHub repository: " + owner + "/" + name);
        }
    }

    /** The repository a URL links, if it is a GitHub repository (or a page of one). */
    public static Optional<GithubRepository> of(String url) {
        if (url.length() > 4096) {
            return Optional.empty();
        }
        Matcher m = URL.matcher(url);
        if (!m.matches() || NOT_OWNERS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String name = m.group(2);
        if (name.length() > 4 && name.regionMatches(true, name.length() - 4, ".git", 0, 4)) {
            name = name.substring(0, name.length() - 4);
        }
        if (name.equals(".") || name.equals("..") || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GithubRepository(m.group(1), name));
    }

    /**
     * {@code url} (a page of this repository) pointed at {@code to} instead: the owner and name are
     * replaced, the rest of the URL (a path in the repository, a fragment) kept.
     */
    public static String relink(String url, GithubRepository to) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a GitHub repository URL: " + url);
        }
        boolean git = m.group(2).length() > 4
                && m.group(2).regionMatches(true, m.group(2).length() - 4, ".git", 0, 4);
        return url.substring(0, m.start(1)) + to.owner() + "/" + to.name() + (git ? ".git" : "")
                + url.substring(m.end(2));
    }

    /** {@code owner/name} in lower case: GitHub's names are case-insensitive. */
    public String key() {
        return (owner + "/" + name).toLowerCase(Locale.ROOT);
    }

    /** {@code owner/name} as linked. */
    public String fullName() {
        return owner + "/" + name;
    }

    /** {@code https://github.com/owner/name}. */
    public String url() {
        return "https://github.com/" + owner + "/" + name;
    }
}
