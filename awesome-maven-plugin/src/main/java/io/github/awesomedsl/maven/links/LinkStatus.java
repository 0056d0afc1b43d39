package io.github.awesomedsl.maven.links;

/** The outcome of checking one URL: only {@link #BROKEN} is a defect of the list. */
public enum LinkStatus {
    /** It answered 2xx (directly or through temporary redirects), or with a status allowed for it. */
    OK,
    /** It answered 2xx after a permanent redirect (301, 308): the list should link the new address. */
    REDIRECTED,
    /**
     * The server said so: 4xx (bot walls aside) or 5xx after a retry, a redirect loop or too many
     * redirects, a host name that does not exist or a refused connection while other hosts answer.
     */
    BROKEN,
    /**
     * Not known, and not a defect of the list, so it never fails the build; the next run checks it again:
     * a bot-protection page (403 or 503), 429 (or 503 with Retry-After) to every try or a wait longer than
     * the cap, no answer in time, or TLS the JDK cannot verify.
     */
    UNVERIFIABLE,
    /** No host could be reached at all (no route, no DNS): the machine is offline, nothing was checked. */
    OFFLINE,
    /** Not checked: it matches an exclusion, or it is relative to the repository. */
    SKIPPED
}
