package io.github.awesomedsl.maven.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KnownLinkTest {

    @Test
    void aKnownLinkHasAReasonAndMaybeAnEnd() {
        KnownLink flaky =
                KnownLink.parse("https://flaky.example.com/page | blocks bots; works in a browser | until 2027-06-01");
        assertThat(flaky.reason()).isEqualTo("blocks bots; works in a browser");
        assertThat(flaky.matches("https://flaky.example.com/page")).isTrue();
        assertThat(flaky.matches("https://flaky.example.com/other")).isFalse();
        assertThat(flaky.expired(LocalDate.parse("2027-06-01"))).isFalse();
        assertThat(flaky.expired(LocalDate.parse("2027-06-02")))
                .as("reported once its date has passed")
                .isTrue();
        KnownLink prefix = KnownLink.parse("https://old.example.org/* | the archive is down for good");
        assertThat(prefix.matches("https://old.example.org/a/b")).isTrue();
        assertThat(prefix.until()).isEmpty();
        assertThat(prefix.expired(LocalDate.MAX)).isFalse();
    }

    @Test
    void aMalformedOneSaysWhatIsExpected() {
        assertThatThrownBy(() -> KnownLink.parse("https://x.example.com"))
                .hasMessage("\"https://x.example.com\" is not \"URL | reason\" or \"URL | reason | until YYYY-MM-DD\"");
        assertThatThrownBy(() -> KnownLink.parse("https://x.example.com | why | until June"))
                .hasMessageContaining("June is not a date (YYYY-MM-DD)");
    }
}
