package io.github.awesomedsl.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkerSplicerTest {

    @Test
    void replacesOnlyWhatStandsBetweenTheMarkers() {
        String readme = """
        # My list   \t
        Hand-written, kept *byte for byte*.

        <!-- awesome:begin -->
        stale
        <!-- awesome:end -->
        Footer without final newline""";
        assertThat(MarkerSplicer.splice(readme, "## Fresh\n")).isEqualTo("""
            # My list   \t
            Hand-written, kept *byte for byte*.

            <!-- awesome:begin -->

            ## Fresh

            <!-- awesome:end -->
            Footer without final newline""");
    }

    @Test
    void splicingTwiceGivesTheSameBytes() {
        String readme = "intro\n<!-- awesome:begin -->\n<!-- awesome:end -->\n";
        String once = MarkerSplicer.splice(readme, "body\n");
        assertThat(MarkerSplicer.splice(once, "body\n")).isEqualTo(once);
    }

    @Test
    void keepsCrlfFilesCrlf() {
        String readme = "intro\r\n  <!-- awesome:begin -->  \r\nold\r\n<!-- awesome:end -->\r\nend\r\n";
        assertThat(MarkerSplicer.splice(readme, "a\nb\n"))
                .isEqualTo("intro\r\n  <!-- awesome:begin -->  \r\n\r\na\r\nb\r\n\r\n<!-- awesome:end -->\r\nend\r\n");
    }

    @Test
    void missingMarkersAreAnErrorThatSaysWhatToAdd() {
        assertThatThrownBy(() -> MarkerSplicer.splice("# Title\n", "x\n"))
                .isInstanceOf(MarkerException.class)
                .hasMessage(
                        "The README has no <!-- awesome:begin --> line. The README has no <!-- awesome:end --> line. "
                                + "Put exactly one <!-- awesome:begin --> line and one <!-- awesome:end --> line around the part awesome-dsl renders.");
    }

    @Test
    void repeatedMarkersNameTheirLines() {
        String readme = "<!-- awesome:begin -->\n<!-- awesome:begin -->\n<!-- awesome:end -->\n";
        assertThatThrownBy(() -> MarkerSplicer.splice(readme, "x\n"))
                .hasMessageStartingWith("The README has 2 <!-- awesome:begin --> lines (lines 1, 2). Put exactly one");
    }

    @Test
    void endBeforeBeginIsAnError() {
        String readme = "<!-- awesome:end -->\ntext\n<!-- awesome:begin -->\n";
        assertThatThrownBy(() -> MarkerSplicer.splice(readme, "x\n"))
                .hasMessage("<!-- awesome:end --> (line 1) comes before <!-- awesome:begin --> (line 3); swap them.");
    }

    @Test
    void aMarkerInsideALineIsNotAMarker() {
        String readme = "text <!-- awesome:begin --> more\n<!-- awesome:end -->\n";
        assertThatThrownBy(() -> MarkerSplicer.splice(readme, "x\n"))
                .hasMessageContaining("has no <!-- awesome:begin --> line");
    }
}
