package io.github.awesomedsl.urls;

import io.github.awesomedsl.internal.Ascii;

/**
 * The form under which two URLs that lead to the same page compare equal: scheme, user info and
 * {@code www.} dropped, host lowercased, default port, trailing slash and {@code utm_*} parameters
 * removed, GitHub owner/repo lowercased, arXiv {@code abs}/{@code pdf}/version variants and {@code .pdf}
 * suffixes folded. The fragment stays, since it may select other content ({@code #!/a} and {@code #!/b}
 * are two routes of a single-page site, {@code #tools} and {@code #other} two parts of a page), except
 * {@code #readme} and {@code #top}, which are the page itself; {@link #page} drops it, for what only the
 * page's address matters to (fetching it).
 *
 * <p>Every URL of a list goes through here, so the form is written in one pass to a {@link Sink}: a
 * string builder when the form is wanted, or a 64-bit hash ({@link Hasher#hashOf(String)}) when only equality matters,
 * which allocates nothing.
 */
public final class CanonicalUrl {

    /** Receives the canonical form, a character at a time. */
    public interface Sink {
        void put(char c);
    }

    /** Writes a form of {@code text} to {@code out}. */
    @FunctionalInterface
    public interface Form {
        void write(String text, Sink out);
    }

    /** FNV-1a over a form written to it, without building the form; reuse one per thread. */
    public static final class Hasher implements Sink {
        private long hash;

        @Override
        public void put(char c) {
            hash = (hash ^ c) * 0x100000001b3L;
        }

        /** The hash of {@code text}'s {@code form}. */
        public long hashOf(String text, Form form) {
            hash = 0xcbf29ce484222325L;
            form.write(text, this);
            return hash;
        }

        /** The hash of {@code url}'s canonical form. */
        public long hashOf(String url) {
            return hashOf(url, (u, sink) -> write(u, sink, true));
        }
    }

    private CanonicalUrl() {}

    public static String of(String url) {
        StringBuilder out = new StringBuilder(url.length());
        write(url, out::append, true);
        return out.toString();
    }

    /** The canonical form of the page {@code url} leads to, without its fragment: what a fetch asks for. */
    public static String page(String url) {
        StringBuilder out = new StringBuilder(url.length());
        write(url, out::append, false);
        return out.toString();
    }

    public static void write(String url, Sink out) {
        write(url, out, true);
    }

    static void write(String url, Sink out, boolean fragment) {
        int begin = 0;
        int stop = url.length();
        while (begin < stop && Character.isWhitespace(url.charAt(begin))) {
            begin++;
        }
        while (stop > begin && Character.isWhitespace(url.charAt(stop - 1))) {
            stop--;
        }
        int start = url.indexOf("://", begin);
        start = start < 0 || start >= stop ? begin : start + 3;
        int end = url.indexOf('#', start);
        end = end < 0 || end > stop ? stop : end;
        int query = url.indexOf('?', start);
        if (query >= end) {
            query = -1;
        }
        int pathEnd = query < 0 ? end : query;
        int hostEnd = url.indexOf('/', start);
        hostEnd = hostEnd < 0 || hostEnd > pathEnd ? pathEnd : hostEnd;
        int hostStart = Math.max(url.lastIndexOf('@', hostEnd - 1) + 1, start);
        int portEnd = hostEnd;
        if (url.regionMatches(hostEnd - 3, ":80", 0, 3)) {
            portEnd = hostEnd - 3;
        } else if (url.regionMatches(hostEnd - 4, ":443", 0, 4)) {
            portEnd = hostEnd - 4;
        }
        if (portEnd - hostStart > 4 && Ascii.regionMatchesIgnoreCase(url, hostStart, "www.")) {
            hostStart += 4;
        }
        for (int i = hostStart; i < portEnd; i++) {
            out.put(Character.toLowerCase(url.charAt(i)));
        }
        boolean github = isHost(url, hostStart, portEnd, "github.com");
        int pathStop = pathEnd;
        if (pathStop - hostEnd >= 4 && Ascii.regionMatchesIgnoreCase(url, pathStop - 4, ".pdf")) {
            pathStop -= 4;
        }
        while (pathStop > hostEnd && url.charAt(pathStop - 1) == '/') {
            pathStop--;
        }
        int pathStart = hostEnd;
        if (isHost(url, hostStart, portEnd, "arxiv.org")
                && (Ascii.regionMatchesIgnoreCase(url, hostEnd, "/abs/")
                        || Ascii.regionMatchesIgnoreCase(url, hostEnd, "/pdf/"))) {
            // arxiv.org/abs/ID, /pdf/ID, /pdf/IDv2.pdf are one paper: write /abs/ and the id without version
            for (int i = 0; i < "/abs/".length(); i++) {
                out.put("/abs/".charAt(i));
            }
            pathStart = hostEnd + 5;
            int version = pathStop;
            while (version > pathStart && Character.isDigit(url.charAt(version - 1))) {
                version--;
            }
            if (version < pathStop
                    && version > pathStart + 1
                    && (url.charAt(version - 1) == 'v' || url.charAt(version - 1) == 'V')) {
                pathStop = version - 1;
            }
            for (int i = pathStart; i < pathStop; i++) {
                out.put(Character.toLowerCase(url.charAt(i)));
            }
        } else {
            for (int i = pathStart; i < pathStop; i++) {
                char c = url.charAt(i);
                out.put(github ? Character.toLowerCase(c) : c);
            }
        }
        if (query >= 0) {
            boolean first = true;
            for (int p = query + 1; p < end; ) {
                int amp = url.indexOf('&', p);
                amp = amp < 0 || amp > end ? end : amp;
                if (amp > p && !Ascii.regionMatchesIgnoreCase(url, p, "utm_")) {
                    out.put(first ? '?' : '&');
                    for (int i = p; i < amp; i++) {
                        out.put(url.charAt(i));
                    }
                    first = false;
                }
                p = amp + 1;
            }
        }
        if (fragment && end < stop - 1 && !isNoiseFragment(url, end + 1, stop)) {
            for (int i = end; i < stop; i++) {
                out.put(url.charAt(i));
            }
        }
    }

    /** {@code #readme} and {@code #top} (any case): links to a page's start, the page itself. */
    private static boolean isNoiseFragment(String url, int from, int to) {
        return to - from == 6 && Ascii.regionMatchesIgnoreCase(url, from, "readme")
                || to - from == 3 && Ascii.regionMatchesIgnoreCase(url, from, "top");
    }

    private static boolean isHost(String url, int start, int end, String host) {
        return end - start == host.length() && Ascii.regionMatchesIgnoreCase(url, start, host);
    }
}
