package io.github.awesomedsl.maven.output.code;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.dsl.AwesomeListSource;
import io.github.awesomedsl.maven.markdown.MarkdownListReader;
import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.render.EntryStyle;
import io.github.awesomedsl.render.MarkdownRenderer;
import io.github.awesomedsl.render.RenderOptions;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** awesome:import on the seed: DSL source that compiles, and renders every title and well-formed URL. */
class ListSourceGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void importingTheSeedGivesCodeThatCompilesAndRendersEverything() throws Exception {
        Path seed = Path.of("../../shared/seed/awesome-foundation-models-healthcare.md");
        if (!Files.exists(seed)) {
            assertThat("true".equals(System.getenv("CI")))
                    .as("the seed is beside the checkout in CI")
                    .isFalse();
            Assumptions.abort("shared/seed is not beside this checkout");
        }
        String markdown = Files.readString(seed, UTF_8);
        MarkdownListReader.Reading reading =
                new MarkdownListReader("awesome-foundation-models-healthcare.md").readWithReport(markdown);
        Path sources = dir.resolve("src");
        CatalogWriter.write(
                new ListSourceGenerator("org.example.seed", "SeedList").generate(reading.list(), "the seed"), sources);

        Path classes = Files.createDirectories(dir.resolve("classes"));
        String dsl = Path.of(AwesomeListSource.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .toString();
        int status = ToolProvider.getSystemJavaCompiler()
                .run(
                        null,
                        null,
                        null,
                        "-d",
                        classes.toString(),
                        "-cp",
                        dsl,
                        "-proc:none",
                        sources.resolve("org/example/seed/SeedList.java").toString());
        assertThat(status).as("the imported source compiles").isZero();

        AwesomeList list;
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {classes.toUri().toURL()}, AwesomeListSource.class.getClassLoader())) {
            list = ((AwesomeListSource) loader.loadClass("org.example.seed.SeedList")
                            .getConstructor()
                            .newInstance())
                    .define();
        }
        String rendered = MarkdownRenderer.create(RenderOptions.defaults().withEntryStyle(EntryStyle.PAPER))
                .render(list)
                .replaceAll("\\\\(\\p{Punct})", "$1");
        Matcher url = Pattern.compile("\\]\\((https?://[^\\s]+?)\\)(?=[\\s,|]|$)", Pattern.MULTILINE)
                .matcher(markdown);
        int urls = 0;
        while (url.find()) {
            assertThat(rendered).as("URL of the seed").contains(url.group(1));
            urls++;
        }
        assertThat(urls).isGreaterThan(100);
        // every entry title of the seed, read with a pattern of its own (not with the reader under test)
        Matcher title = Pattern.compile(
                        "^\\s*- (?:\\[[^\\]]+\\] )?(.+?)\\s*,?\\s*\\[\\[(?:Paper|Code)\\]\\]", Pattern.MULTILINE)
                .matcher(markdown);
        int titles = 0;
        while (title.find()) {
            String t = title.group(1).strip();
            assertThat(rendered).as("title of the seed").contains(t.endsWith(".") ? t.substring(0, t.length() - 1) : t);
            titles++;
        }
        assertThat(titles).isEqualTo(74);
        assertThat(rendered).contains("Bioinformatics - Geneformer Tutorial (unofficial)");
        assertThat(list.sections())
                .extracting(s -> s.title())
                .containsExactly("Related Survey", "Methods", "Datasets", "Lectures and Tutorials", "Other Resources");
    }
}
