package io.github.awesomedsl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsciiTest {

    @Test
    void asciiLettersMatchInEitherCaseAndNothingElseDoes() {
        assertThat(Ascii.regionMatchesIgnoreCase("HTTPS://GitHub.com/x", 0, "https://"))
                .isTrue();
        assertThat(Ascii.regionMatchesIgnoreCase("https://GitHub.com/x", 8, "github.com"))
                .isTrue();
        assertThat(Ascii.regionMatchesIgnoreCase("https://gitlab.com/x", 8, "github.com"))
                .isFalse();
        // the JDK's case-insensitive comparison takes the Kelvin sign for a k and a dotless ı for an i; a host does not
        assertThat("\u212Aernel.org".regionMatches(true, 0, "kernel.org", 0, 10))
                .isTrue();
        assertThat(Ascii.regionMatchesIgnoreCase("\u212Aernel.org", 0, "kernel.org"))
                .isFalse();
        assertThat(Ascii.regionMatchesIgnoreCase("g\u0131thub.com", 0, "github.com"))
                .isFalse();
        // '[' and '{' are one bit from '{' and '['; only letters fold
        assertThat(Ascii.regionMatchesIgnoreCase("[", 0, "{")).isFalse();
    }

    @Test
    void aRegionOutsideTheTextDoesNotMatch() {
        assertThat(Ascii.regionMatchesIgnoreCase("www", 0, "www.")).isFalse();
        assertThat(Ascii.regionMatchesIgnoreCase("a.pdf", -1, ".pdf")).isFalse();
        assertThat(Ascii.regionMatchesIgnoreCase("a.PDF", 1, ".pdf")).isTrue();
        assertThat(Ascii.regionMatchesIgnoreCase("a.pdf", 2, ".pdf")).isFalse();
    }
}
