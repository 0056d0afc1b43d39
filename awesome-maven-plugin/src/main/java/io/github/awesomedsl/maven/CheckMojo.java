package io.github.awesomedsl.maven;

import io.github.awesomedsl.maven.load.LoadedList;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails when the README on disk differs from what the list renders to, showing a short unified diff
 * and saying to run {@code mvn awesome:render}. Writes nothing.
 */
@Mojo(
        name = "check",
        defaultPhase = LifecyclePhase.VERIFY,
        requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public final class CheckMojo extends ReadmeMojo {

    /** Skips this goal. */
    @Parameter(property = "awesome.check.skip", defaultValue = "false")
    private boolean skipCheck;

    @Override
    String goal() {
        return "check";
    }

    @Override
    boolean skipGoal() {
        return skipCheck;
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        LoadedList loaded = load();
        requireFreshReadme(expectedReadme(loaded));
    }
}
