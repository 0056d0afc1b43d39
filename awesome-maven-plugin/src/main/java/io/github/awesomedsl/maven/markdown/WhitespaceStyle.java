package io.github.awesomedsl.maven.markdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ec4j.core.ResourceProperties;
import org.ec4j.core.ResourcePropertiesService;
import org.ec4j.core.model.PropertyType;

/**
 * The whitespace a README's repository asks for in its {@code .editorconfig} (read with ec4j, as editors
 * read it): whether indentation is done with tabs, and whether trailing whitespace is trimmed. The
 * {@code whitespace} rule follows it, so a list that indents with tabs on purpose is not told otherwise.
 *
 * @param tabIndent {@code indent_style = tab}: tabs at the start of a line are the house style
 * @param trimTrailing {@code trim_trailing_whitespace} (true unless it says false)
 */
public record WhitespaceStyle(boolean tabIndent, boolean trimTrailing) {

    /** Spaces, trailing whitespace trimmed: what applies without an {@code .editorconfig}. */
    public static final WhitespaceStyle DEFAULT = new WhitespaceStyle(false, true);

    /**
     * The style of {@code file} from the {@code .editorconfig} files of its folder and those above it (up to
     * one that says {@code root = true}); {@link #DEFAULT} where they say nothing.
     *
     * @throws IOException when an {@code .editorconfig} cannot be read or parsed
     */
    public static WhitespaceStyle of(Path file) throws IOException {
        ResourceProperties properties = ResourcePropertiesService.default_()
                .queryProperties(org.ec4j.core.Resource.Resources.ofPath(
                        file.toAbsolutePath().normalize(), StandardCharsets.UTF_8));
        PropertyType.IndentStyleValue indent = properties.getValue(PropertyType.indent_style, null, false);
        Boolean trim = properties.getValue(PropertyType.trim_trailing_whitespace, null, false);
        return new WhitespaceStyle(indent == PropertyType.IndentStyleValue.tab, trim == null || trim);
    }
}
