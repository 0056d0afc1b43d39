package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.internal.Ascii;
import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Severity;
import java.lang.Character.UnicodeScript;
import java.net.IDN;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * No link deceives its reader: a user name before the host ({@code https://github.com@evil.example/}
 * goes to evil.example), a host that mixes scripts (a Cyrillic {@code а} in {@code gіthub.com}), a raw
 * IP address where a name belongs, a port that cannot exist, or invisible and bidirectional characters
 * that make the URL read otherwise than it goes. Badges' image and target URLs are checked too.
 */
public final class SuspiciousUrlRule implements Rule {

    /** Script sets that real host names mix (UTS #39, highly restrictive): Latin with Japanese, Chinese or Korean. */
    private static final List<Set<UnicodeScript>> ALLOWED_MIXES = List.of(
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA),
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.BOPOMOFO),
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HANGUL));

    @Override
    public String id() {
        return "suspicious-url";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "Links hide nothing: no user name before the host, no mixed-script host, raw IP, impossible port"
                + " or invisible character.";
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
                BadgeUrls.check(list, findings, SuspiciousUrlRule::problem);
            }
        };
    }

    /** What makes {@code url} deceptive, or {@code null}. */
    public static String problem(String url) {
        String found = findProblem(url);
        return found == null ? null : found.replace(QUOTED, "URL \"" + visible(url) + "\"");
    }

    /** Stands for the quoted URL in a problem: built only for the few URLs that have one. */
    private static final String QUOTED = "\u0000URL\u0000";

    private static String findProblem(String url) {
        String quoted = QUOTED;
        for (int i = 0; i < url.length(); ) {
            char first = url.charAt(i);
            if (first < 0x80) {
                i++;
                continue;
            }
            int c = url.codePointAt(i);
            i += Character.charCount(c);
            if ((Character.getType(c) == Character.FORMAT || c == 0x115F || c == 0x1160 || c == 0x3164)) {
                return quoted + " holds the invisible " + String.format("U+%04X", c)
                        + (isBidi(c) ? " (a bidirectional control)" : "")
                        + ", which makes it read otherwise than it goes; remove it";
            }
        }
        int schemeEnd = url.indexOf("://");
        if (schemeEnd < 0) {
            return null; // not absolute: url-syntax says so
        }
        int start = schemeEnd + 3;
        int end = start;
        while (end < url.length() && "/?#\\".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(start, end);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String shownHost = authority.substring(at + 1);
            return quoted + " holds \"" + visible(authority.substring(0, at + 1)) + "\" before its host: it goes to "
                    + shownHost + ", whatever the part before @ says; remove that part";
        }
        String host = authority;
        String port = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            host = close < 0 ? authority : authority.substring(0, close + 1);
            if (close >= 0 && close + 1 < authority.length() && authority.charAt(close + 1) == ':') {
                port = authority.substring(close + 2);
            }
        } else if (authority.lastIndexOf(':') >= 0) {
            host = authority.substring(0, authority.lastIndexOf(':'));
            port = authority.substring(authority.lastIndexOf(':') + 1);
        }
        if (port != null && !port.isEmpty() && !isValidPort(port)) {
            return quoted + " has the port \"" + visible(port)
                    + "\", which no server can listen on (1 to 65535); fix the address";
        }
        if (host.isEmpty()) {
            return null; // url-syntax reports a missing host
        }
        if (host.startsWith("[") || isNumericHost(host)) {
            return quoted + " links the raw IP address " + host
                    + ": a reader cannot tell whose it is; link the host's name";
        }
        String mixed = mixedScripts(host);
        if (mixed != null) {
            return quoted + " has a host that mixes " + mixed
                    + " letters, the mark of a look-alike of another site's name;"
                    + " check the address and write it in one script";
        }
        return null;
    }

    /** Digits and dots, or a hexadecimal or octal number: browsers read all of these as IPv4 addresses. */
    private static boolean isNumericHost(String host) {
        int end = host.endsWith(".") ? host.length() - 1 : host.length();
        int start = host.lastIndexOf('.', end - 1) + 1; // the last label, read in place
        if (start >= end) {
            return false;
        }
        boolean digits = true;
        for (int i = start; i < end && digits; i++) {
            digits = host.charAt(i) >= '0' && host.charAt(i) <= '9';
        }
        if (digits) {
            return true;
        }
        if (end - start <= 2 || !Ascii.regionMatchesIgnoreCase(host, start, "0x")) {
            return false;
        }
        for (int i = start + 2; i < end; i++) {
            if (Character.digit(host.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isValidPort(String port) {
        if (port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int value = Integer.parseInt(port);
        return value >= 1 && value <= 65535;
    }

    /** "Latin and Cyrillic" when a label of the host mixes scripts no real name mixes, else {@code null}. */
    private static String mixedScripts(String host) {
        boolean ascii = true;
        for (int i = 0; i < host.length() && ascii; i++) {
            ascii = host.charAt(i) < 0x80;
        }
        if (ascii && !hasPunycodeLabel(host)) {
            return null; // letters of one script, and no punycode label to decode: the common case, without IDN
        }
        String unicode;
        try {
            unicode = IDN.toUnicode(host, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            unicode = host;
        }
        for (String label : unicode.split("[.\u3002\uFF0E\uFF61]")) {
            Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
            label.codePoints().filter(Character::isLetter).forEach(c -> {
                UnicodeScript script = UnicodeScript.of(c);
                if (script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED) {
                    scripts.add(script);
                }
            });
            if (scripts.size() > 1 && ALLOWED_MIXES.stream().noneMatch(allowed -> allowed.containsAll(scripts))) {
                List<String> names = scripts.stream()
                        .map(s -> s.name().charAt(0) + s.name().substring(1).toLowerCase(Locale.ROOT))
                        .toList();
                return String.join(" and ", names);
            }
        }
        return null;
    }

    /** A label starting {@code xn--}, in any case, found without lower-casing the host. */
    private static boolean hasPunycodeLabel(String host) {
        for (int i = 0; i + 4 <= host.length(); i = host.indexOf('.', i) + 1) {
            if (Ascii.regionMatchesIgnoreCase(host, i, "xn--")) {
                return true;
            }
            if (host.indexOf('.', i) < 0) {
                break;
            }
        }
        return false;
    }

    private static boolean isBidi(int c) {
        return (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E
                || c == 0x200F
                || c == 0x061C;
    }

    /** The URL with invisible characters shown as escapes, so that the message shows what is there. */
    private static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.FORMAT || Character.isISOControl(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
