package io.github.awesomedsl.maven.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Each goal has only the parameters it reads (what {@code mvn awesome:help -Ddetail} shows): lint, fix and
 * import no listClass or style, validate no README, check no rules. Read from the plugin descriptor the
 * build generated.
 */
class GoalParametersTest {

    /** The parameters of every goal that loads the list class. */
    static final Set<String> LOADING = Set.of(
            "listClass", "release", "forkJavac", "javacDaemon", "javacDaemonDirectory", "javacDaemonIdleMinutes");

    private static Set<String> loading(String... own) {
        Set<String> all = new java.util.HashSet<>(LOADING);
        all.addAll(List.of(own));
        return Set.copyOf(all);
    }

    static final Map<String, Set<String>> EXPECTED = Map.of(
            "validate",
                    loading("failOnWarning", "rules", "sarifFile", "metadataFile", "staleDays", "skip", "skipValidate"),
            "check",
                    loading(
                            "readme",
                            "style",
                            "tableWidth",
                            "markers",
                            "metadataFile",
                            "repositoryStats",
                            "paperAuthors",
                            "bibFile",
                            "citeLinks",
                            "skip",
                            "skipCheck"),
            "render",
                    loading(
                            "readme",
                            "style",
                            "tableWidth",
                            "markers",
                            "discardEdits",
                            "failOnWarning",
                            "rules",
                            "sarifFile",
                            "metadataFile",
                            "repositoryStats",
                            "paperAuthors",
                            "staleDays",
                            "bibFile",
                            "citeLinks",
                            "skip",
                            "skipRender"),
            "lint",
                    Set.of(
                            "file",
                            "maxFileMiB",
                            "maxNesting",
                            "maxIndent",
                            "failOnWarning",
                            "rules",
                            "lintSarifFile",
                            "metadataFile",
                            "staleDays",
                            "skip",
                            "skipLint"),
            "fix",
                    Set.of(
                            "file",
                            "maxFileMiB",
                            "maxNesting",
                            "maxIndent",
                            "dryRun",
                            "cacheFile",
                            "metadataFile",
                            "skip",
                            "skipFix"),
            "import",
                    Set.of(
                            "file",
                            "maxFileMiB",
                            "maxNesting",
                            "maxIndent",
                            "packageName",
                            "className",
                            "sourceDirectory",
                            "overwrite",
                            "allowLoss",
                            "workflows",
                            "skip",
                            "skipImport"),
            "site", loading("siteDirectory", "metadataFile", "skip", "skipSite"),
            "metadata",
                    loading(
                            "file",
                            "metadataFile",
                            "maxAgeDays",
                            "apiUrl",
                            "tokenVariable",
                            "batchSize",
                            "timeoutMillis",
                            "retries",
                            "maxWaitSeconds",
                            "maxFileMiB",
                            "maxNesting",
                            "maxIndent",
                            "papers",
                            "arxivUrl",
                            "arxivIntervalMillis",
                            "crossrefUrl",
                            "mailto",
                            "skip",
                            "skipMetadata"));

    @Test
    void eachGoalListsOnlyTheParametersItReads() throws Exception {
        Path descriptor = Path.of("target/classes/META-INF/maven/plugin.xml");
        assertThat(descriptor).exists();
        var document =
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Files.newInputStream(descriptor));
        Map<String, Set<String>> actual = new TreeMap<>();
        NodeList mojos = document.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = mojo.getElementsByTagName("goal").item(0).getTextContent();
            Set<String> parameters = new TreeSet<>();
            NodeList list =
                    ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
            for (int p = 0; p < list.getLength(); p++) {
                Element parameter = (Element) list.item(p);
                boolean editable = !"false"
                        .equals(parameter
                                .getElementsByTagName("editable")
                                .item(0)
                                .getTextContent());
                if (editable) {
                    parameters.add(
                            parameter.getElementsByTagName("name").item(0).getTextContent());
                }
            }
            actual.put(goal, parameters);
        }
        EXPECTED.forEach((goal, parameters) ->
                assertThat(actual.get(goal)).as(goal).containsExactlyInAnyOrderElementsOf(parameters));
        assertThat(actual.get("links"))
                .contains("file", "listClass", "knownLinks", "failOffline")
                .doesNotContain("style", "readme", "markers", "tableWidth");
        assertThat(actual.get("generate")).contains("catalog", "updateReadme").doesNotContain("file");
    }
}
