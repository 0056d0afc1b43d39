package io.github.awesomedsl.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts rendered Markdown between the markers of a hand-written README and keeps every other byte.
 *
 * <pre>
 * # My hand-written title
 * Anything here is kept as it is.
 * &lt;!-- awesome:begin --&gt;
 * (replaced by the rendered list on every render)
 * &lt;!-- awesome:end --&gt;
 * Anything here is kept as well.
 * </pre>
 *
 * <p>Each marker must stand alone on its line (surrounding spaces allowed), once, begin before end;
 * anything else is a {@link MarkerException} that says which line to fix. The inserted block uses the
 * line separator of the begin marker's line, so a CRLF file stays CRLF.
 */
public final class MarkerSplicer {

    public static final String BEGIN = "<!-- awesome:begin -->";
    public static final String END = "<!-- awesome:end -->";

    private MarkerSplicer() {}

    /**
     * {@code existing} with the text between its markers replaced by {@code rendered} (which should end
     * with a newline), set off by blank lines.
     *
     * @throws MarkerException when the markers are missing, repeated or out of order
     */
    public static String splice(String existing, String rendered) {
        List<int[]> begins = new ArrayList<>();
        List<int[]> ends = new ArrayList<>();
        int lineNumber = 0;
        for (int start = 0; start < existing.length(); ) {
            lineNumber++;
            int newline = existing.indexOf('\n', start);
            int next = newline < 0 ? existing.length() : newline + 1;
            String line = existing.substring(start, next).strip();
            if (line.equals(BEGIN)) {
                begins.add(new int[] {start, next, lineNumber});
            } else if (line.equals(END)) {
                ends.add(new int[] {start, next, lineNumber});
            }
            start = next;
        }
        if (begins.size() != 1 || ends.size() != 1) {
            throw new MarkerException(problem(BEGIN, begins) + problem(END, ends) + "Put exactly one " + BEGIN
                    + " line and one " + END + " line around the part awesome-dsl renders.");
        }
        int[] begin = begins.get(0);
        int[] end = ends.get(0);
        if (end[0] < begin[0]) {
            throw new MarkerException(
                    END + " (line " + end[2] + ") comes before " + BEGIN + " (line " + begin[2] + "); swap them.");
        }
        String beginLine = existing.substring(begin[0], begin[1]);
        String separator = beginLine.endsWith("\r\n") ? "\r\n" : "\n";
        String body = rendered.endsWith("\n") ? rendered : rendered + "\n";
        if (!separator.equals("\n")) {
            body = body.replace("\n", separator);
        }
        return existing.substring(0, begin[1])
                + (beginLine.endsWith("\n") ? "" : separator)
                + separator
                + body
                + separator
                + existing.substring(end[0]);
    }

    private static String problem(String marker, List<int[]> found) {
        if (found.isEmpty()) {
            return "The README has no " + marker + " line. ";
        }
        if (found.size() > 1) {
            StringBuilder lines = new StringBuilder();
            for (int[] f : found) {
                lines.append(lines.length() == 0 ? "" : ", ").append(f[2]);
            }
            return "The README has " + found.size() + " " + marker + " lines (lines " + lines + "). ";
        }
        return "";
    }
}
