package io.github.awesomedsl.maven.output.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The list repository's workflows: valid for GitHub Actions (action-validator, pinned in tools/npm, checks
 * them against the workflow schema and the actions' inputs), every action pinned to a commit, each job
 * with the permissions it needs, and shown in the README as written.
 */
class WorkflowsTest {

    @TempDir
    Path folder;

    private static final Path VALIDATOR = Path.of("../tools/npm/node_modules/.bin/action-validator");

    @Test
    void theWorkflowsAreValidGithubActions() throws Exception {
        if (!Files.isExecutable(VALIDATOR)) {
            String message =
                    "\n!! action-validator is not installed (cd tools/npm && npm ci): the workflows are not validated !!\n";
            System.err.println(message);
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("CI requires action-validator" + message);
            }
            Assumptions.abort("action-validator is not installed");
        }
        for (Map.Entry<String, String> workflow : Workflows.all().entrySet()) {
            Path file = folder.resolve(workflow.getKey());
            Files.writeString(file, workflow.getValue());
            Process process = new ProcessBuilder(VALIDATOR.toAbsolutePath().toString(), file.toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue())
                    .as("action-validator on %s:%n%s", workflow.getKey(), output)
                    .isZero();
        }
        // the validator does reject a broken workflow: the check can fail
        Path broken = folder.resolve("broken.yml");
        Files.writeString(
                broken, Workflows.verify().replace("runs-on: ubuntu-latest", "runs-on: [ubuntu-latest]\n    bogus: 1"));
        Process process = new ProcessBuilder(VALIDATOR.toAbsolutePath().toString(), broken.toString())
                .redirectErrorStream(true)
                .start();
        process.getInputStream().readAllBytes();
        process.waitFor(60, TimeUnit.SECONDS);
        assertThat(process.exitValue()).isNotZero();
    }

    @Test
    void everyActionIsPinnedToACommitAndEveryJobHasItsPermissions() {
        Pattern uses = Pattern.compile("uses: ([^@\\s]+)@(\\S+)");
        for (Map.Entry<String, String> workflow : Workflows.all().entrySet()) {
            Matcher m = uses.matcher(workflow.getValue());
            List<String> actions = new ArrayList<>();
            while (m.find()) {
                actions.add(m.group(1));
                assertThat(m.group(2))
                        .as("%s in %s", m.group(1), workflow.getKey())
                        .matches("[0-9a-f]{40}");
            }
            assertThat(actions).as(workflow.getKey()).contains("actions/checkout", "actions/setup-java");
            assertThat(workflow.getValue()).contains("permissions:", "cache: maven");
        }
        assertThat(Workflows.verify()).contains("security-events: write", "sarif_file: target/awesome/awesome.sarif");
        assertThat(Workflows.metadata()).contains("pull-requests: write", "add-paths: awesome-metadata.json");
    }

    @Test
    void theReadmeShowsTheWorkflowsAsWritten() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        for (Map.Entry<String, String> workflow : Workflows.all().entrySet()) {
            assertThat(readme).as("the README shows %s", workflow.getKey()).contains(workflow.getValue());
        }
    }
}
