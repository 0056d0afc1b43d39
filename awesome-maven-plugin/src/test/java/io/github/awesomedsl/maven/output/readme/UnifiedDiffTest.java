package io.github.awesomedsl.maven.output.readme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    void showsChangedLinesWithThreeLinesOfContext() {
        String before = "1\n2\n3\n4\nold\n6\n7\n8\n9\n";
        String after = "1\n2\n3\n4\nnew\nadded\n6\n7\n8\n9\n";
        assertThat(UnifiedDiff.of(before, after, "a", "b", 100)).isEqualTo("""
            --- a
            +++ b
            @@ -2,7 +2,8 @@
             2
             3
             4
            -old
            +new
            +added
             6
             7
             8
            """);
    }

    @Test
    void identicalTextsHaveNoDiff() {
        assertThat(UnifiedDiff.of("same\n", "same\n", "a", "b", 10)).isEmpty();
    }

    @Test
    void longDiffsAreCut() {
        String diff = UnifiedDiff.of("a\n".repeat(50), "b\n".repeat(50), "x", "y", 10);
        assertThat(diff.lines()).hasSize(11);
        assertThat(diff).endsWith("… (93 more diff lines)\n");
    }
}
