package io.github.awesomedsl.example;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.render.MarkdownRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps the root README's example true: its Java is this package's list, its Markdown that list's rendering. */
class ReadmeExampleTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theReadmeShowsTheExampleAndItsExactRendering() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"), UTF_8);
        String source =
                Files.readString(Path.of("src/test/java/io/github/awesomedsl/example/JavaToolsList.java"), UTF_8);
        // shown in the package a reader's project would use
        String shownSource = "package com.example;\n\n" + source.substring(source.indexOf("import static"));

        assertThat(block(readme, "```java\n")).isEqualTo(shownSource);
        assertThat(block(readme, "```markdown\n"))
                .isEqualTo(MarkdownRenderer.create().render(new JavaToolsList().define()));
    }

    private static String block(String readme, String fence) {
        int start = readme.indexOf(fence);
        assertThat(start).as("README has a %s block", fence.strip()).isNotNegative();
        start += fence.length();
        return readme.substring(start, readme.indexOf("```\n", start));
    }
}
