package io.github.awesomedsl.maven.markdown;

import java.util.Arrays;

/**
 * A text and where each of its lines starts, so that lines are read in place: splitting a large README
 * into line strings copies the whole file into hundreds of thousands of objects that live as long as the
 * reading does. Lines are separated by {@code \n} (a {@code \r} before it stays in the line).
 */
final class TextLines {

    private final String text;
    private final int[] starts;

    private TextLines(String text, int[] starts) {
        this.text = text;
        this.starts = starts;
    }

    static TextLines of(String text) {
        int[] starts = new int[Math.max(16, text.length() / 64)];
        int count = 0;
        for (int at = 0; ; ) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = at;
            int newline = text.indexOf('\n', at);
            if (newline < 0) {
                break;
            }
            at = newline + 1;
        }
        return new TextLines(text, Arrays.copyOf(starts, count));
    }

    /** How many lines (a text ending with a newline has an empty last line). */
    int count() {
        return starts.length;
    }

    /** The 0-based line's text, without its newline. */
    String line(int line) {
        return text.substring(starts[line], end(line));
    }

    int length(int line) {
        return end(line) - starts[line];
    }

    char charAt(int line, int column) {
        return text.charAt(starts[line] + column);
    }

    /** The column where {@code needle} starts in the line at or after {@code fromColumn}, or -1. */
    int indexOf(int line, String needle, int fromColumn) {
        int last = end(line) - needle.length();
        for (int at = starts[line] + fromColumn; at <= last; at++) {
            if (text.startsWith(needle, at)) {
                return at - starts[line];
            }
        }
        return -1;
    }

    /** The last column before {@code beforeColumn} where the line has {@code c}, or -1. */
    int lastIndexOf(int line, char c, int beforeColumn) {
        for (int at = starts[line] + beforeColumn - 1; at >= starts[line]; at--) {
            if (text.charAt(at) == c) {
                return at - starts[line];
            }
        }
        return -1;
    }

    /** Lines {@code first} to {@code last} (0-based, inclusive, cut to the text's lines), joined by newlines. */
    String slice(int first, int last) {
        return text.substring(starts[first], end(Math.min(last, starts.length - 1)));
    }

    private int end(int line) {
        return line + 1 < starts.length ? starts[line + 1] - 1 : text.length();
    }
}
