package io.github.awesomedsl.maven.links;

/** The outcome of checking one URL. */
public enum LinkStatus {
  /** It answered 2xx (directly or through temporary redirects), or with a status allowed for it. */
  OK,
  /** It answered 2xx after a permanent redirect (301, 308): the list should link the new address. */
  REDIRECTED,
  /** 4xx/5xx, DNS, TLS, refused connection, timeout, redirect loop or too many redirects. */
  BROKEN,
  /**
   * Not known: the host answered 429 (or 503 with Retry-After) to every try, or asked to wait longer than
   * the cap. Not a defect of the list, so it never fails the build; the next run checks it again.
   */
  RATE_LIMITED,
  /** Not checked: it matches an exclusion. */
  SKIPPED
}
