package io.github.awesomedsl.maven.output.code;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.dsl.AwesomeListSource;
import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Badge;
import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.Section;
import io.github.awesomedsl.model.Venue;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 20,000-entry list, all in one section (the worst case), gives a catalog that compiles and loads. */
class CatalogScaleTest {

    @TempDir
    Path dir;

    @Test
    void twentyThousandEntriesInOneSectionCompile() throws Exception {
        Section.Builder section = Section.builder("Everything");
        for (int i = 0; i < 20_000; i++) {
            section.entry(Entry.builder("Tool " + i + ": generated")
                    .venue(Venue.ARXIV)
                    .year(2000 + i % 25)
                    .paper("https://arxiv.org/abs/2301." + String.format("%05d", i))
                    .code("https://github.com/bench/tool-" + i));
        }
        AwesomeList list = AwesomeList.builder("Awesome Scale")
                .badge(Badge.AWESOME)
                .section(section)
                .build();

        Path sources = dir.resolve("src");
        CatalogWriter.write(new CatalogGenerator("bench", "ScaleCatalog", "bench.Scale").generate(list), sources);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String dsl = Path.of(AwesomeListSource.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .toString();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        int status = javac.run(
                null,
                null,
                null,
                "-d",
                classes.toString(),
                "-cp",
                dsl,
                "-proc:none",
                "-g:none",
                sources.resolve("bench/ScaleCatalog.java").toString());
        assertThat(status).as("javac: %s", errors).isZero();

        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {classes.toUri().toURL()}, AwesomeListSource.class.getClassLoader())) {
            Class<?> catalog = loader.loadClass("bench.ScaleCatalog");
            List<?> all = (List<?>) catalog.getField("ALL").get(null);
            assertThat(all).hasSize(20_000);
            Class<?> everything = loader.loadClass("bench.ScaleCatalog$Everything");
            Entry last = (Entry) everything.getField("TOOL_19999").get(null);
            assertThat(last.title()).isEqualTo("Tool 19999: generated");
            assertThat(everything.getField("TOOL_0_PAPER_URL").get(null)).isEqualTo("https://arxiv.org/abs/2301.00000");
            assertThat(all.get(0)).isSameAs(everything.getField("TOOL_0").get(null));
        }
    }
}
