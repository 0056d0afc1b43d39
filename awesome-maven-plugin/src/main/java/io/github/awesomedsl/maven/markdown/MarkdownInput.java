package io.github.awesomedsl.maven.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Markdown file read as untrusted input (a third-party README): bounded in size, so that {@code
 * /dev/zero} or a 5 GB file is an error and not an exhausted heap; UTF-8 checked, with the line of a bad
 * byte; a byte-order mark dropped (it would be part of the title); old Mac line ends ({@code \r} alone)
 * read as line ends; and bounded in nesting, since parsing and walking a 10,000-level quote or list is
 * what overflows the stack and a 5,000-level indented list takes minutes. What passes is the text that
 * the lint and import goals parse.
 */
public final class MarkdownInput {

    /**
     * @param maxBytes the largest file read
     * @param maxNesting the most containers (quote markers and list markers) a line may open
     * @param maxIndent the most columns of indentation before a line's text
     */
    public record Limits(long maxBytes, int maxNesting, int maxIndent) {

        /** 64 MiB, 100 levels, 400 columns: ten times what the largest real lists need. */
        public static Limits defaults() {
            return new Limits(64L << 20, 100, 400);
        }
    }

    /** The input cannot be read within the limits; the message says where and how to proceed. */
    public static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    private MarkdownInput() {}

    /** Reads {@code file}, at most {@link Limits#maxBytes()} of it. */
    public static String read(Path file, Limits limits) throws IOException, RefusedException {
        if (Files.isDirectory(file)) {
            throw new RefusedException(
                    file + " is a folder; name a Markdown file with -Dawesome.file=path/to/README.md.");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limits.maxBytes() + 1));
        }
        if (bytes.length > limits.maxBytes()) {
            throw new RefusedException(file + " is larger than " + mebibytes(limits.maxBytes())
                    + " MiB, more than any list;" + " if it really is one, raise -Dawesome.maxFileMiB.");
        }
        return decode(file.getFileName().toString(), bytes, limits);
    }

    /** The text of a file's bytes, checked and normalised as described above. */
    public static String decode(String name, byte[] bytes, Limits limits) throws RefusedException {
        if (bytes.length > limits.maxBytes()) {
            throw new RefusedException(name + " is larger than " + mebibytes(limits.maxBytes()) + " MiB");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = utf8.decode(in, out, true);
        if (result.isUnderflow()) {
            result = utf8.flush(out);
        }
        if (result.isError()) {
            throw new RefusedException(name + ":" + lineOfByte(bytes, in.position()) + ": not UTF-8 text (byte "
                    + in.position() + "); save the file as UTF-8 and run again.");
        }
        String text = out.flip().toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replaceAll("\r(?!\n)", "\n"); // a CR alone ends a line; CRLF stays, the readers handle it
        }
        checkNesting(name, text, limits);
        return text;
    }

    /** Refuses a line, outside fenced code, that opens more containers or is indented more than the limits allow. */
    private static void checkNesting(String name, String text, Limits limits) throws RefusedException {
        String fence = null;
        int line = 1;
        for (int start = 0; start <= text.length(); line++) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int at = start;
            int columns = 0;
            int containers = 0;
            while (at < end) {
                char c = text.charAt(at);
                if (c == ' ') {
                    columns++;
                    at++;
                } else if (c == '\t') {
                    columns += 4 - columns % 4;
                    at++;
                } else if (c == '>') {
                    containers++;
                    at++;
                } else if ((c == '-' || c == '*' || c == '+')
                        && (at + 1 == end || text.charAt(at + 1) == ' ' || text.charAt(at + 1) == '\t')) {
                    containers++;
                    at++;
                } else if (c >= '0' && c <= '9') {
                    int digits = at;
                    while (digits < end
                            && digits - at < 9
                            && text.charAt(digits) >= '0'
                            && text.charAt(digits) <= '9') {
                        digits++;
                    }
                    if (digits < end
                            && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
                            && (digits + 1 == end || text.charAt(digits + 1) == ' ')) {
                        containers++;
                        at = digits + 1;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            String rest = text.substring(at, Math.min(end, at + 3));
            if (fence != null) {
                if (rest.startsWith(fence)) {
                    fence = null;
                }
            } else if (rest.equals("```") || rest.equals("~~~")) {
                fence = rest;
            } else if (containers > limits.maxNesting()) {
                throw new RefusedException(name + ":" + line + ": nests " + containers
                        + " quotes or lists deep; at most " + limits.maxNesting()
                        + " are read (-Dawesome.maxNesting), far more than any list needs.");
            } else if (columns > limits.maxIndent()) {
                throw new RefusedException(name + ":" + line + ": is indented " + columns + " columns; at most "
                        + limits.maxIndent() + " are read (-Dawesome.maxIndent), far more than any list needs.");
            }
            start = end + 1;
        }
    }

    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static long mebibytes(long bytes) {
        return bytes >> 20;
    }
}
