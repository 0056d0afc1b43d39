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
 * The goal list repositories bind: loads the list, validates it, and brings the README up to date.
 *
 * <p>Outside CI the README is written when it changes. In CI (environment variable {@code CI=true}) it
 * is not written: a README that differs from the rendering fails the build with a diff, so a stale or
 * hand-edited README cannot slip through. {@code awesome.updateReadme} overrides either default.
 */
@Mojo(
    name = "generate",
    defaultPhase = LifecyclePhase.GENERATE_SOURCES,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public final class GenerateMojo extends AbstractAwesomeMojo {

  /** Skips this goal. */
  @Parameter(property = "awesome.generate.skip", defaultValue = "false")
  private boolean skipGenerate;

  /**
   * Whether to write the README ({@code true}) or only check it ({@code false}). Default: {@code true},
   * except when the environment variable {@code CI} is {@code true}.
   */
  @Parameter(property = "awesome.updateReadme")
  private Boolean updateReadme;

  @Override
  String goal() {
    return "generate";
  }

  @Override
  boolean skipGoal() {
    return skipGenerate;
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    long start = System.nanoTime();
    LoadedList loaded = load();
    ValidationReport report = validate(loaded);
    String expected = expectedReadme(loaded);
    boolean update = updateReadme != null ? updateReadme : !"true".equalsIgnoreCase(System.getenv("CI"));
    if (update) {
      writeReadme(expected);
    } else {
      requireFreshReadme(expected);
    }
    getLog().info(Summaries.of(loaded, report, start));
  }
}
