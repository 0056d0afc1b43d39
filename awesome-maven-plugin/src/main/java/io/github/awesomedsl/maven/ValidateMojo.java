package io.github.awesomedsl.maven;

import io.github.awesomedsl.maven.load.LoadedList;
import io.github.awesomedsl.validate.ValidationReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Loads and validates the list without writing anything; fails on errors, and on warnings with
 * {@code failOnWarning}. Each finding is logged javac-style with the list's source line.
 */
@Mojo(
    name = "validate",
    defaultPhase = LifecyclePhase.VALIDATE,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public final class ValidateMojo extends AbstractAwesomeMojo {

  /** Skips this goal. */
  @Parameter(property = "awesome.validate.skip", defaultValue = "false")
  private boolean skipValidate;

  @Override
  String goal() {
    return "validate";
  }

  @Override
  boolean skipGoal() {
    return skipValidate;
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    long start = System.nanoTime();
    LoadedList loaded = load();
    ValidationReport report = validate(loaded);
    getLog().info(Summaries.of(loaded, report, start));
  }
}
