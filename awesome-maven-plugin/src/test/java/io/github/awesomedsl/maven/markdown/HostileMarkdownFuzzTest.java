package io.github.awesomedsl.maven.markdown;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.awesomedsl.maven.output.code.ListSourceGenerator;
import io.github.awesomedsl.validate.Validator;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lint, fix and import on hostile input: pathological files of issue 14 and generated, mutated Markdown.
 * Each run ends within a time bound, in a result or a clean refusal ({@link MarkdownInput.RefusedException});
 * no {@link Error} (stack overflow, exhausted heap) and no other exception escapes.
 */
class HostileMarkdownFuzzTest {

    /** Far above what a sane input takes here (milliseconds), far below what the blow-ups took (minutes). */
    private static final Duration BOUND = Duration.ofSeconds(20);

    static Stream<Named<byte[]>> pathological() {
        StringBuilder indented = new StringBuilder("# Awesome Indent\n\n");
        for (int i = 0; i < 5_000; i++) {
            indented.append(" ".repeat(2 * i)).append("- [x](https://x.example) - Level.\n");
        }
        StringBuilder deepButAllowed = new StringBuilder("# Awesome Nest\n\n");
        for (int i = 0; i < 100; i++) {
            deepButAllowed
                    .append("  ".repeat(i))
                    .append("- [x")
                    .append(i)
                    .append("](https://x.example/")
                    .append(i)
                    .append(")\n");
        }
        StringBuilder wideTable =
                new StringBuilder("# Awesome Table\n\n|" + " a |".repeat(2_000) + "\n|" + " - |".repeat(2_000) + "\n");
        for (int i = 0; i < 50; i++) {
            wideTable.append("|").append(" x |".repeat(2_000)).append('\n');
        }
        byte[] invalidUtf8 = "# Awesome\n\n- [a](https://a.example) \u00e9\n".getBytes(UTF_8);
        invalidUtf8[invalidUtf8.length - 3] = (byte) 0xC3;
        invalidUtf8[invalidUtf8.length - 2] = (byte) 0x28;
        return Stream.of(
                named(
                        "CR-only line ends",
                        "# Awesome Mac\r\rIntro.\r\r## Tools\r\r- [A](https://a.example) - Does.\r- [B](https://b.example)\r"),
                named("byte-order mark", "\uFEFF# Awesome BOM\n\n## Tools\n\n- [A](https://a.example) - Does.\n"),
                named("10,000 nested quotes", ">".repeat(10_000) + " x\n"),
                named("10,000 nested bullets", "- ".repeat(10_000) + "x\n"),
                named("10,000 nested ordered items", "1. ".repeat(10_000) + "x\n"),
                named("5,000-level indented list", indented.toString()),
                named("100-level list, the most allowed", deepButAllowed.toString()),
                named("1 MB line of <a", "# T\n\n" + "<a".repeat(500_000) + "\n"),
                named("1 MB line of [", "# T\n\n" + "[".repeat(1_000_000) + "\n"),
                named("1 MB of [a](", "# T\n\n" + "[a](".repeat(250_000) + "\n"),
                named("1 MB of emphasis openers", "# T\n\n" + "*a _b ".repeat(170_000) + "\n"),
                named("1 MB of backticks", "# T\n\n" + "`a ``".repeat(200_000) + "\n"),
                named("1 MB of entities", "# T\n\n" + "&amp;&#x41;&".repeat(90_000) + "\n"),
                named("50,000 headings of one title", "## H\n".repeat(50_000)),
                named("deep HTML", "# T\n\n" + "<div>".repeat(50_000) + "x" + "</div>".repeat(50_000) + "\n"),
                named("NULs and controls", "# T\u0000\u0001\n\n- [\u0000](https://a.example\u0000) - \u202E\u0007.\n"),
                named("wide table", wideTable.toString()),
                Named.of("invalid UTF-8", invalidUtf8),
                Named.of("binary noise", noise(200_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathological")
    void pathologicalInputEndsInAResultOrACleanRefusal(byte[] input) {
        assertTimeoutPreemptively(BOUND, () -> lintAndImport(input));
    }

    @Property(tries = 500)
    void generatedAndMutatedMarkdownEndsInAResultOrACleanRefusal(@ForAll("mutatedMarkdown") byte[] input) {
        assertTimeoutPreemptively(BOUND, () -> lintAndImport(input));
    }

    @ParameterizedTest
    @MethodSource("oversized")
    void anInputLargerThanTheCapIsRefusedWithoutReadingItAll(Path file) {
        MarkdownInput.Limits limits = new MarkdownInput.Limits(1 << 20, 100, 400);
        assertTimeoutPreemptively(
                BOUND,
                () -> assertThatThrownBy(() -> MarkdownInput.read(file, limits))
                        .isInstanceOf(MarkdownInput.RefusedException.class)
                        .hasMessageContaining("is larger than 1 MiB"));
    }

    static Stream<Path> oversized() throws Exception {
        Path big = Files.createTempFile("big", ".md");
        big.toFile().deleteOnExit();
        Files.write(big, new byte[(1 << 20) + 1]);
        List<Path> files = new ArrayList<>(List.of(big));
        if (Files.exists(Path.of("/dev/zero"))) {
            files.add(Path.of("/dev/zero")); // endless: it must be cut at the cap
        }
        return files.stream();
    }

    @Property(tries = 1)
    void crOnlyAndBomReadLikeTheirLfTwin() throws Exception {
        String lf = "# Awesome Mac\n\nIntro.\n\n## Tools\n\n- [A](https://a.example) - Does.\n";
        byte[] cr = ("\uFEFF" + lf.replace('\n', '\r')).getBytes(UTF_8);
        String read = MarkdownInput.decode("README.md", cr, MarkdownInput.Limits.defaults());
        assertThat(read).isEqualTo(lf);
        assertThat(new MarkdownListReader("README.md")
                        .readWithReport(read)
                        .list()
                        .title())
                .isEqualTo("Awesome Mac");
    }

    private static void lintAndImport(byte[] input) {
        String markdown;
        try {
            markdown = MarkdownInput.decode("README.md", input, MarkdownInput.Limits.defaults());
        } catch (MarkdownInput.RefusedException refused) {
            assertThat(refused.getMessage()).startsWith("README.md");
            return;
        }
        new MarkdownLint(Validator.withDefaultRules()).lint("README.md", markdown);
        // awesome:fix as well: its fixes leave the URLs alone, and a second pass finds nothing more
        MarkdownFixer fixer = new MarkdownFixer(WhitespaceStyle.DEFAULT, url -> java.util.Optional.empty());
        String fixed = fixer.fix(markdown).fixed();
        assertThat(fixer.fix(fixed).fixes())
                .as("a second fix on:%n%s", markdown)
                .isEmpty();
        MarkdownListReader.Reading reading = new MarkdownListReader("README.md").readWithReport(markdown);
        new ListSourceGenerator("com.example", "Imported")
                .generate(reading.list(), "README.md")
                .toString();
    }

    private static final String[] BLOCKS = {
        "# Awesome Things [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n",
        "## Tools\n",
        "### 2023\n",
        "- [A](https://a.example) - Does a.\n",
        "  - [Nested](https://n.example) - Child.\n",
        "* [B](http://b.example)\n",
        "1. [C](https://c.example) - Ordered.\n",
        "- **Group**\n",
        "[Venue] Title. [[Paper]](https://p.example) [[Code]](https://c.example)\n",
        "| Name | Link |\n| --- | :-: |\n| x | [y](https://y.example) |\n",
        "> quote\n",
        "```sh\ncode\n```\n",
        "<details>\n<summary>More</summary>\n\n- x\n</details>\n",
        "<!--lint disable double-link-->\n",
        "Text with a@b.co and www.x.org and <https://auto.example>.\n",
        "---\n",
        "\n",
        "- [Contents](#contents)\n",
        "[ref]: https://ref.example\n",
        "- [ ] task\n",
        "Footnote[^1].\n\n[^1]: Note.\n"
    };

    @Provide
    Arbitrary<byte[]> mutatedMarkdown() {
        Arbitrary<String> document = Arbitraries.of(BLOCKS).list().ofMaxSize(40).map(blocks -> String.join("", blocks));
        Arbitrary<List<Mutation>> mutations = Combinators.combine(
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, Integer.MAX_VALUE),
                        Arbitraries.integers().between(0, 255))
                .as(Mutation::new)
                .list()
                .ofMaxSize(12);
        return Combinators.combine(document, mutations).as((text, list) -> {
            byte[] bytes = text.getBytes(UTF_8);
            for (Mutation mutation : list) {
                bytes = mutation.apply(bytes);
            }
            return bytes;
        });
    }

    /** Flip a byte, insert one, delete a span, duplicate a span, or cut the tail. */
    private record Mutation(int kind, int position, int value) {
        byte[] apply(byte[] bytes) {
            if (bytes.length == 0) {
                return new byte[] {(byte) value};
            }
            int at = position % bytes.length;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (kind) {
                case 0 -> {
                    byte[] copy = bytes.clone();
                    copy[at] = (byte) value;
                    return copy;
                }
                case 1 -> {
                    out.write(bytes, 0, at);
                    out.write(value);
                    out.write(bytes, at, bytes.length - at);
                }
                case 2 -> {
                    int end = Math.min(bytes.length, at + 1 + value);
                    out.write(bytes, 0, at);
                    out.write(bytes, end, bytes.length - end);
                }
                case 3 -> {
                    int end = Math.min(bytes.length, at + 1 + value);
                    out.write(bytes, 0, end);
                    for (int i = 0; i < 1 + value % 50; i++) {
                        out.write(bytes, at, end - at);
                    }
                    out.write(bytes, end, bytes.length - end);
                }
                default -> out.write(bytes, 0, at);
            }
            return out.toByteArray();
        }
    }

    private static Named<byte[]> named(String name, String text) {
        return Named.of(name, text.getBytes(UTF_8));
    }

    private static byte[] noise(int size) {
        byte[] bytes = new byte[size];
        new java.util.Random(14).nextBytes(bytes);
        return bytes;
    }
}
