package io.github.awesomedsl.model;

import java.util.Objects;

/**
 * A label that classifies entries across sections ({@code LFM}, {@code VFM}, …). Lists declare their tags
 * once as constants ({@code static final Tag LFM = Tag.of("LFM");}) so that a typo does not compile.
 *
 * @param name letters, digits, {@code -}, {@code _} or {@code .}; case is kept
 */
public record Tag(String name) {

    public Tag {
        Objects.requireNonNull(name, "tag name");
        if (name.isEmpty() || !name.chars().allMatch(Tag::isTagChar)) {
            throw new IllegalArgumentException(
                    "tag \"" + name + "\" must be non-empty and use only letters, digits, '-', '_' or '.'");
        }
    }

    public static Tag of(String name) {
        return new Tag(name);
    }

    private static boolean isTagChar(int c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
    }

    @Override
    public String toString() {
        return name;
    }
}
