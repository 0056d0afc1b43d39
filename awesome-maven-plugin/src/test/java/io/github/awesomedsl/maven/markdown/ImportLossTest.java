package io.github.awesomedsl.maven.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportLossTest {

    @Test
    void nothingIsLostWhenEveryUrlAndWordIsThereHoweverItIsEscapedOrSpaced() {
        String original =
                "# Awesome *Things*\n\n## Contents\n\n- [Tools](#tools)\n\n## Tools\n\n* [A_b](https://a.example) – Does   a.\n";
        String rendered =
                "# Awesome Things\n\n## Contents\n\n- [Tools](#tools-1)\n\n## Tools\n\n- [A\\_b](https://a.example) - Does a.\n";
        assertThat(ImportLoss.between(original, rendered)).isEmpty();
    }

    @Test
    void reportsEachLineWithItsMissingUrlsAndWords() {
        String original = """
        # Awesome

        - [A](https://a.example) - Uses [B](https://b.example).
        - [C](https://c.example) `MIT` <a href="https://d.example">demo</a>
        """;
        String rendered = """
        # Awesome

        - [A](https://a.example) - Uses B.
        - [C](https://c.example)
        """;
        List<ImportLoss.Lost> lost = ImportLoss.between(original, rendered);
        assertThat(lost)
                .extracting(ImportLoss.Lost::line, ImportLoss.Lost::toString)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "the URL https://b.example"),
                        org.assertj.core.groups.Tuple.tuple(4, "the URL https://d.example and the words \"MIT demo\""));
        assertThat(ImportLoss.count(lost)).isEqualTo(4);
    }

    @Test
    void aRepeatedUrlOrWordMustBeThereAsOftenAsInTheOriginal() {
        String original = "- [x](https://a.example) - Same same.\n- [y](https://a.example) - Same.\n";
        String rendered = "- [x](https://a.example) - Same.\n- [y](https://b.example) - Same.\n";
        assertThat(ImportLoss.between(original, rendered))
                .extracting(ImportLoss.Lost::toString)
                .containsExactly("the word \"same\"", "the URL https://a.example");
    }
}
