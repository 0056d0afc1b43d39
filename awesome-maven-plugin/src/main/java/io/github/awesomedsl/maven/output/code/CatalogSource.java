package io.github.awesomedsl.maven.output.code;

import java.util.Objects;

/**
 * A generated catalog: the Java source of the class {@code packageName.simpleName}.
 *
 * @param text the whole compilation unit, which {@link #toString()} returns too
 */
public record CatalogSource(String packageName, String simpleName, String text) {

    public CatalogSource {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(simpleName, "simpleName");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return text;
    }
}
