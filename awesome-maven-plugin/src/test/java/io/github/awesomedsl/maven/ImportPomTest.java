package io.github.awesomedsl.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

class ImportPomTest {

    @Test
    void theWrittenPomPinsEveryPluginAndConfiguresTheImportedList() throws Exception {
        String xml = ImportPom.of("com.example", "MyAwesomeList", "1.2.3", "docs/A & <B>.md", "paper");
        Model model = new MavenXpp3Reader().read(new StringReader(xml));

        assertThat(model.getGroupId()).isEqualTo("com.example");
        assertThat(model.getArtifactId()).isEqualTo("my-awesome-list");
        assertThat(model.getProperties()).containsEntry("maven.compiler.release", "17");
        Map<String, String> pinned = model.getBuild().getPluginManagement().getPlugins().stream()
                .collect(Collectors.toMap(Plugin::getArtifactId, Plugin::getVersion));
        // Maven 3.8.7's default compiler plugin (3.1) ignores maven.compiler.release
        assertThat(pinned)
                .containsEntry("maven-compiler-plugin", "3.13.0")
                .containsKeys(
                        "maven-resources-plugin",
                        "maven-surefire-plugin",
                        "maven-jar-plugin",
                        "maven-install-plugin",
                        "maven-source-plugin");
        Plugin awesome = model.getBuild().getPlugins().stream()
                .filter(p -> p.getArtifactId().equals("awesome-maven-plugin"))
                .findFirst()
                .orElseThrow();
        assertThat(awesome.getVersion()).isEqualTo("1.2.3");
        Xpp3Dom configuration = (Xpp3Dom) awesome.getConfiguration();
        assertThat(configuration.getChild("listClass").getValue()).isEqualTo("com.example.MyAwesomeList");
        assertThat(configuration.getChild("style").getValue()).isEqualTo("paper");
        assertThat(configuration.getChild("readme").getValue()).isEqualTo("${project.basedir}/docs/A & <B>.md");
        assertThat(awesome.getExecutions().get(0).getGoals()).containsExactly("generate", "check");
        assertThat(model.getDependencies())
                .extracting(d -> d.getArtifactId() + ":" + d.getVersion())
                .containsExactly("awesome-dsl:1.2.3");
    }

    @Test
    void aReadmePathThatMavenWouldInterpolateIsRefused() {
        assertThatThrownBy(() -> ImportPom.of("com.example", "L", "1", "${env.HOME}.md", "awesome"))
                .hasMessageContaining("holds a $");
    }

    @Test
    void artifactIdsAreKebabCase() {
        assertThat(ImportPom.artifactId("MyAwesomeList")).isEqualTo("my-awesome-list");
        assertThat(ImportPom.artifactId("HTTPToolsList")).isEqualTo("http-tools-list");
        assertThat(ImportPom.artifactId("List2")).isEqualTo("list2");
    }
}
