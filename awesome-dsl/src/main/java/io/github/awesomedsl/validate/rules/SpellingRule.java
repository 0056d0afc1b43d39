package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.internal.Ascii;
import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Severity;
import java.util.Arrays;
import java.util.List;

/**
 * Proper names are spelled as their owners spell them: GitHub, JavaScript, arXiv, bioRxiv, PubMed,
 * macOS, … (awesome-lint's spell-check words, plus those of research lists). Only whole words are
 * checked, and only in text: URLs are never touched. Words that are also ordinary English (llama,
 * swift) are left alone, so the rule does not cry wolf.
 *
 * <p>Every word of every text field is looked up, so the lookup allocates nothing: a case-insensitive
 * hash of the word's characters picks a bucket of candidate names, compared in place.
 */
public final class SpellingRule implements Rule {

    private static final List<String> NAMES = List.of(
            "GitHub",
            "GitLab",
            "Bitbucket",
            "JavaScript",
            "TypeScript",
            "CoffeeScript",
            "Node.js",
            "npm",
            "macOS",
            "iOS",
            "iPadOS",
            "watchOS",
            "tvOS",
            "Xcode",
            "YouTube",
            "LinkedIn",
            "PostgreSQL",
            "MySQL",
            "MongoDB",
            "SQLite",
            "GraphQL",
            "WebAssembly",
            "WordPress",
            "PyTorch",
            "TensorFlow",
            "NumPy",
            "SciPy",
            "scikit-learn",
            "Jupyter",
            "LaTeX",
            "OpenAI",
            "ChatGPT",
            "arXiv",
            "bioRxiv",
            "medRxiv",
            "PubMed",
            "PubMedBERT",
            "BioBERT",
            "HuggingFace",
            "OpenJDK",
            "IntelliJ",
            "JetBrains",
            "VS Code",
            "Kubernetes",
            "DevOps",
            "OAuth",
            "JSON",
            "YAML",
            "HTML",
            "CSS",
            "Wi-Fi",
            "Stack Overflow");

    private static final int BUCKETS = 256;

    /** The names by the low bits of their {@link #hash}, and their whole hashes, compared first. */
    private static final String[][] BY_HASH = new String[BUCKETS][];

    private static final int[][] HASHES = new int[BUCKETS][];

    /** For an ASCII first letter, the lengths (bits, 63 for longer) of the names starting with it. */
    private static final long[] LENGTHS = new long[128];

    /** Like {@link #LENGTHS}, for the first word of the two-word names ("Stack" of "Stack Overflow"). */
    private static final long[] FIRST_WORD_LENGTHS = new long[128];

    static {
        for (String name : NAMES) {
            char first = name.charAt(0);
            if (name.indexOf(' ') > 0) {
                long firstWord = 1L << Math.min(name.indexOf(' '), 63);
                FIRST_WORD_LENGTHS[Character.toLowerCase(first)] |= firstWord;
                FIRST_WORD_LENGTHS[Character.toUpperCase(first)] |= firstWord;
            }
            long length = 1L << Math.min(name.length(), 63);
            LENGTHS[Character.toLowerCase(first)] |= length;
            LENGTHS[Character.toUpperCase(first)] |= length;
            int hash = hash(name, 0, name.length());
            int bucket = hash & (BUCKETS - 1);
            int size = BY_HASH[bucket] == null ? 0 : BY_HASH[bucket].length;
            BY_HASH[bucket] = Arrays.copyOf(BY_HASH[bucket] == null ? new String[0] : BY_HASH[bucket], size + 1);
            HASHES[bucket] = Arrays.copyOf(HASHES[bucket] == null ? new int[0] : HASHES[bucket], size + 1);
            BY_HASH[bucket][size] = name;
            HASHES[bucket][size] = hash;
        }
    }

    @Override
    public String id() {
        return "spelling";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "Proper names are spelled as their owners spell them (GitHub, JavaScript, arXiv, …).";
    }

    @Override
    public Check begin(ListIndex list, Findings findings) {
        return new Check() {
            @Override
            public void text(String text, String field, ListIndex.Element element) {
                scan(
                        text,
                        (start, end, proper) -> findings.report(
                                element,
                                "the " + field + " writes \"" + text.substring(start, end)
                                        + "\"; the name is spelled \"" + proper + "\""));
            }
        };
    }

    /** A misspelt proper name at {@code text[start, end)}, to be written {@code proper}. */
    @FunctionalInterface
    public interface Misspelling {
        void at(int start, int end, String proper);
    }

    /**
     * Calls {@code out} for each proper name {@code text} spells otherwise than its owner, in order; words
     * of URLs, paths and HTML comments are not prose and are left alone. awesome:fix corrects what this finds.
     */
    public static void scan(String text, Misspelling out) {
        int i = 0;
        int tokenEnd = -1; // the white-space-delimited token the last word was in, measured once
        boolean address = false;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) {
                if (text.startsWith("<!--", i)) { // an HTML comment is not prose
                    int close = text.indexOf("-->", i + 4);
                    i = close < 0 ? text.length() : close + 3;
                } else {
                    i++;
                }
                continue;
            }
            if (i >= tokenEnd) { // a new token: a 1 MB one of many words is measured once, not per word
                int start = i;
                while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                    start--; // only when the token opens with punctuation: "(https://…"
                }
                address = false;
                tokenEnd = start;
                while (tokenEnd < text.length()) {
                    char c = text.charAt(tokenEnd);
                    if (Character.isWhitespace(c)) {
                        break;
                    }
                    address |= c == '/' || c == '@' || c == '\\';
                    tokenEnd++;
                }
                address |= Ascii.regionMatchesIgnoreCase(text, start, "www.")
                        || text.charAt(start) == '.' && tokenEnd - start > 1;
            }
            if (address) { // a URL, a path or an address: its words are not prose ("openjdk" in a URL)
                i = tokenEnd;
                continue;
            }
            int start = i;
            while (i < text.length() && (isWordChar(text.charAt(i)) || isInnerJoin(text, i))) {
                i++;
            }
            int end = i;
            String proper = lookup(text, start, end);
            if (proper == null
                    && mayStartTwoWordName(text.charAt(start), end - start)
                    && end + 1 < text.length()
                    && text.charAt(end) == ' '
                    && isWordChar(text.charAt(end + 1))) {
                int next = end + 1; // two-word names: "Stack Overflow", "VS Code"
                while (next < text.length() && isWordChar(text.charAt(next))) {
                    next++;
                }
                proper = lookup(text, start, next);
                if (proper != null) {
                    end = next;
                }
            }
            if (proper != null && !text.regionMatches(start, proper, 0, proper.length())) {
                out.at(start, end, proper);
            }
        }
    }

    /** The proper name that {@code text[start, end)} spells in any case, or {@code null}. */
    private static String lookup(String text, int start, int end) {
        char first = text.charAt(start);
        if (first < 128 && (LENGTHS[first] & 1L << Math.min(end - start, 63)) == 0) {
            return null; // no name starts with this letter and has this length: most words end here, unhashed
        }
        int hash = hash(text, start, end);
        String[] candidates = BY_HASH[hash & (BUCKETS - 1)];
        if (candidates != null) {
            for (int i = 0; i < candidates.length; i++) {
                String name = candidates[i];
                if (HASHES[hash & (BUCKETS - 1)][i] == hash
                        && name.length() == end - start
                        && text.regionMatches(true, start, name, 0, name.length())) {
                    return name;
                }
            }
        }
        return null;
    }

    private static int hash(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + Character.toLowerCase(text.charAt(i));
        }
        return h ^ (h >>> 16);
    }

    /** Whether a word of this first letter and length can begin a two-word name: most words cannot. */
    private static boolean mayStartTwoWordName(char first, int length) {
        return first >= 128 || (FIRST_WORD_LENGTHS[first] & 1L << Math.min(length, 63)) != 0;
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    /** "Node.js", "scikit-learn", "Wi-Fi": a dot or hyphen between word characters stays in the word. */
    private static boolean isInnerJoin(String text, int i) {
        char c = text.charAt(i);
        return (c == '.' || c == '-')
                && i + 1 < text.length()
                && isWordChar(text.charAt(i + 1))
                && i > 0
                && isWordChar(text.charAt(i - 1));
    }
}
