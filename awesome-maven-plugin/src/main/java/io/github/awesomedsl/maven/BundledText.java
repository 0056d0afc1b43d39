package io.github.awesomedsl.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A UTF-8 text file the plugin carries beside its classes, in this package (a template, a config). */
final class BundledText {

    private BundledText() {}

    static String read(String name) {
        try (InputStream in = BundledText.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar has no " + name + " beside " + BundledText.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
