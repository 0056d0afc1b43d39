package io.github.awesomedsl.model;

import java.util.Objects;

/**
 * An image link shown beside the list's title.
 *
 * @param altText the image's alternative text
 * @param imageUrl the image
 * @param targetUrl where a click on it goes
 */
public record Badge(String altText, String imageUrl, String targetUrl) {

    /** The badge of lists that follow the awesome manifesto: awesome-lint expects it. */
    public static final Badge AWESOME = new Badge("Awesome", "https://awesome.re/badge.svg", "https://awesome.re");

    public Badge {
        Objects.requireNonNull(altText, "badge alt text");
        Objects.requireNonNull(imageUrl, "badge image url");
        Objects.requireNonNull(targetUrl, "badge target url");
    }

    public static Badge of(String altText, String imageUrl, String targetUrl) {
        return new Badge(altText, imageUrl, targetUrl);
    }
}
