package io.github.awesomedsl.maven.output.readme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A short unified diff of two texts, for a "your README is stale" message: common head and tail are
 * skipped, the middle is diffed line by line (longest common subsequence, when small enough), three
 * lines of context, and the output is cut after a maximum number of lines.
 */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;
    /** Above this many changed lines on each side the middle is shown as one replacement. */
    private static final int MAX_LCS_LINES = 2_000;

    private UnifiedDiff() {}

    /** The diff from {@code before} to {@code after} under the given file labels, at most {@code maxLines} lines. */
    public static String of(String before, String after, String beforeLabel, String afterLabel, int maxLines) {
        String[] a = lines(before);
        String[] b = lines(after);
        int head = 0;
        while (head < a.length && head < b.length && a[head].equals(b[head])) {
            head++;
        }
        int tail = 0;
        while (tail < a.length - head
                && tail < b.length - head
                && a[a.length - 1 - tail].equals(b[b.length - 1 - tail])) {
            tail++;
        }
        if (head == a.length && head == b.length) {
            return "";
        }
        List<String> ops = middle(a, b, head, a.length - tail, head, b.length - tail);
        int from = Math.max(0, head - CONTEXT);
        int toA = Math.min(a.length, a.length - tail + CONTEXT);
        int toB = Math.min(b.length, b.length - tail + CONTEXT);
        List<String> out = new ArrayList<>();
        out.add("--- " + beforeLabel);
        out.add("+++ " + afterLabel);
        out.add("@@ -" + (from + 1) + "," + (toA - from) + " +" + (from + 1) + "," + (toB - from) + " @@");
        for (int i = from; i < head; i++) {
            out.add(" " + a[i]);
        }
        out.addAll(ops);
        for (int i = a.length - tail; i < toA; i++) {
            out.add(" " + a[i]);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < out.size() && i < maxLines; i++) {
            text.append(out.get(i)).append('\n');
        }
        if (out.size() > maxLines) {
            text.append("… (").append(out.size() - maxLines).append(" more diff lines)\n");
        }
        return text.toString();
    }

    private static List<String> middle(String[] a, String[] b, int a0, int a1, int b0, int b1) {
        int n = a1 - a0;
        int m = b1 - b0;
        List<String> ops = new ArrayList<>();
        if (n > MAX_LCS_LINES || m > MAX_LCS_LINES) {
            for (int i = a0; i < a1; i++) {
                ops.add("-" + a[i]);
            }
            for (int j = b0; j < b1; j++) {
                ops.add("+" + b[j]);
            }
            return ops;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] =
                        a[a0 + i].equals(b[b0 + j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[a0 + i].equals(b[b0 + j])) {
                ops.add(" " + a[a0 + i]);
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add("-" + a[a0 + i]); // deletions before insertions, as diff -u shows them
                i++;
            } else {
                ops.add("+" + b[b0 + j]);
                j++;
            }
        }
        return ops;
    }

    private static String[] lines(String text) {
        String[] lines = text.isEmpty() ? new String[0] : text.split("\n", -1);
        // "a\nb\n" is two lines, not three: drop the empty piece after the final newline
        return lines.length > 0 && lines[lines.length - 1].isEmpty() ? Arrays.copyOf(lines, lines.length - 1) : lines;
    }
}
