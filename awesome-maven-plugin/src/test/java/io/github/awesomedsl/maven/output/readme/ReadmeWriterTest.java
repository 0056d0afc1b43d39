package io.github.awesomedsl.maven.output.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.awesomedsl.dsl.AwesomeDsl;
import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.render.MarkdownRenderer;
import io.github.awesomedsl.render.MarkerException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeWriterTest {

    @TempDir
    Path dir;

    private static final AwesomeList LIST = AwesomeDsl.list("Awesome X")
            .section(AwesomeDsl.section("A").placeholder())
            .build();

    @Test
    void expectedContentSplicesBetweenMarkersOrRendersTheWholeList() throws Exception {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "# Mine\n<!-- awesome:begin -->\n<!-- awesome:end -->\n");
        MarkdownRenderer renderer = MarkdownRenderer.create();
        assertThat(ReadmeWriter.expectedContent(LIST, renderer, readme, true))
                .startsWith("# Mine\n<!-- awesome:begin -->\n\n## Contents\n")
                .endsWith("Contributions welcome.\n\n<!-- awesome:end -->\n");
        assertThat(ReadmeWriter.expectedContent(LIST, renderer, readme, false)).isEqualTo(renderer.render(LIST));
        assertThatThrownBy(() -> ReadmeWriter.expectedContent(LIST, renderer, dir.resolve("none.md"), true))
                .isInstanceOf(MarkerException.class)
                .hasMessageContaining("does not exist");
    }
}
