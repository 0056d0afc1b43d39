package io.github.awesomedsl.maven.metadata;

import java.util.Optional;

/** What the metadata clients share: how they name themselves, and how third-party text is kept. */
final class MetadataClients {

    static final String USER_AGENT = "awesome-dsl-metadata/0.1 (+https://github.com/awesomedsl/awesome-dsl)";

    /** A title or a name is a line; nothing a service sends is kept longer than this. */
    static final int MAX_TEXT = 1000;

    private MetadataClients() {}

    /** Text on one line (white space and control characters folded to single spaces), at most {@link #MAX_TEXT}. */
    static Optional<String> clean(String text) {
        if (text == null) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_TEXT));
        boolean space = false;
        for (int i = 0; i < text.length() && out.length() < MAX_TEXT; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.length() == 0 ? Optional.empty() : Optional.of(out.toString());
    }
}
