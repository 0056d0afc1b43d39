package io.github.awesomedsl.maven.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

class TextLinesTest {

    /** Lines, slices and searches agree with the split lines they replace. */
    @Property(tries = 500)
    void agreesWithSplitLines(@ForAll @CharRange(from = '\t', to = 'b') @StringLength(max = 60) String text) {
        String[] split = text.split("\n", -1);
        TextLines lines = TextLines.of(text);
        assertThat(lines.count()).isEqualTo(split.length);
        for (int i = 0; i < split.length; i++) {
            assertThat(lines.line(i)).isEqualTo(split[i]);
            assertThat(lines.length(i)).isEqualTo(split[i].length());
            for (String needle : new String[] {"[", "](", "\t", "ab"}) {
                for (int from = 0; from <= split[i].length(); from++) {
                    assertThat(lines.indexOf(i, needle, from)).isEqualTo(split[i].indexOf(needle, from));
                }
            }
            for (int before = 0; before <= split[i].length(); before++) {
                assertThat(lines.lastIndexOf(i, '[', before)).isEqualTo(split[i].lastIndexOf('[', before - 1));
            }
            for (int last = i; last < split.length + 2; last++) {
                assertThat(lines.slice(i, last))
                        .isEqualTo(String.join(
                                "\n", java.util.Arrays.asList(split).subList(i, Math.min(last + 1, split.length))));
            }
        }
    }
}
