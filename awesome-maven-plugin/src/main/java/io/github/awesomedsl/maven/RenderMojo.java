package io.github.awesomedsl.maven;

import io.github.awesomedsl.maven.load.LoadedList;
import io.github.awesomedsl.validate.ValidationReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Loads the list, validates it and writes the README ({@code mvn awesome:render}). Runs without forking
 * the lifecycle; configure the plugin at plugin level (not inside an execution) so this goal sees it.
 */
@Mojo(name = "render", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class RenderMojo extends ValidatingReadmeMojo {

    /**
     * Replace a README that was edited by hand since the plugin last wrote it. By default such a README is
     * left alone and the goal fails with the diff, so that no hand edit is lost.
     */
    @Parameter(property = "awesome.discardEdits", defaultValue = "false")
    private boolean discardEdits;

    /** Skips this goal. */
    @Parameter(property = "awesome.render.skip", defaultValue = "false")
    private boolean skipRender;

    @Override
    String goal() {
        return "render";
    }

    @Override
    boolean skipGoal() {
        return skipRender;
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        long start = System.nanoTime();
        LoadedList loaded = load();
        ValidationReport report = validate(loaded);
        writeReadme(expectedReadme(loaded), loaded, discardEdits);
        getLog().info(Summaries.of(loaded, report, start));
    }
}
