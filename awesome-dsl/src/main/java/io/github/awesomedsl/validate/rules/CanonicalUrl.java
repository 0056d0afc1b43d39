package io.github.awesomedsl.validate.rules;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form under which two URLs that lead to the same page compare equal: scheme and {@code www.}
 * dropped, host lowercased, default port, trailing slash, fragment and {@code utm_*} parameters removed,
 * GitHub owner/repo lowercased, arXiv {@code abs}/{@code pdf}/version variants and {@code .pdf}
 * suffixes folded.
 */
final class CanonicalUrl {

  private static final Pattern ARXIV =
      Pattern.compile("arxiv\\.org/(?:abs|pdf)/([a-z-]*/?\\d{4}\\.\\d{4,5}|[a-z-]+/\\d{7})(?:v\\d+)?(?:\\.pdf)?/?", Pattern.CASE_INSENSITIVE);

  private CanonicalUrl() {}

  static String of(String url) {
    String s = url.strip();
    int schemeEnd = s.indexOf("://");
    if (schemeEnd > 0) {
      s = s.substring(schemeEnd + 3);
    }
    int fragment = s.indexOf('#');
    if (fragment >= 0) {
      s = s.substring(0, fragment);
    }
    int query = s.indexOf('?');
    String params = query >= 0 ? s.substring(query + 1) : "";
    s = query >= 0 ? s.substring(0, query) : s;
    int slash = s.indexOf('/');
    String host = (slash >= 0 ? s.substring(0, slash) : s).toLowerCase(Locale.ROOT);
    String path = slash >= 0 ? s.substring(slash) : "";
    host = host.substring(host.lastIndexOf('@') + 1);
    if (host.endsWith(":80") || host.endsWith(":443")) {
      host = host.substring(0, host.lastIndexOf(':'));
    }
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    if (host.equals("github.com")) {
      path = path.toLowerCase(Locale.ROOT);
    }
    if (path.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
      path = path.substring(0, path.length() - 4);
    }
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    StringBuilder kept = new StringBuilder();
    for (String param : params.split("&")) {
      if (!param.isEmpty() && !param.toLowerCase(Locale.ROOT).startsWith("utm_")) {
        kept.append(kept.length() == 0 ? "?" : "&").append(param);
      }
    }
    String canonical = host + path + kept;
    if (host.equals("arxiv.org")) {
      Matcher arxiv = ARXIV.matcher(canonical);
      if (arxiv.matches()) {
        return "arxiv.org/abs/" + arxiv.group(1).toLowerCase(Locale.ROOT);
      }
    }
    return canonical;
  }
}
