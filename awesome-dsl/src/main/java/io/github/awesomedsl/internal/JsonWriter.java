package io.github.awesomedsl.internal;

/**
 * A minimal streaming JSON writer (objects, arrays, strings, numbers), so that reports need no JSON
 * library: awesome-dsl has no runtime dependencies. Commas and nesting are tracked; strings are escaped
 * per RFC 8259. Internal: not part of the public API.
 */
public final class JsonWriter {

    private final StringBuilder out = new StringBuilder(1024);
    /** Per nesting level: whether the next member or element needs a comma first. */
    private final boolean[] needsComma = new boolean[64];

    private int depth;
    private boolean afterName;

    public JsonWriter beginObject() {
        return open('{');
    }

    public JsonWriter endObject() {
        return close('}');
    }

    public JsonWriter beginArray() {
        return open('[');
    }

    public JsonWriter endArray() {
        return close(']');
    }

    /** A member's name; its value follows. */
    public JsonWriter name(String name) {
        separate();
        string(name);
        out.append(':');
        afterName = true;
        return this;
    }

    public JsonWriter value(String value) {
        separate();
        string(value);
        return this;
    }

    public JsonWriter value(boolean value) {
        separate();
        out.append(value);
        return this;
    }

    public JsonWriter value(long value) {
        separate();
        out.append(value);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private JsonWriter open(char bracket) {
        separate();
        out.append(bracket);
        needsComma[++depth] = false;
        return this;
    }

    private JsonWriter close(char bracket) {
        out.append(bracket);
        depth--;
        return this;
    }

    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (needsComma[depth]) {
            out.append(',');
        }
        needsComma[depth] = true;
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
