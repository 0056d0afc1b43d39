package io.github.awesomedsl.maven;

import io.github.awesomedsl.maven.files.AtomicFiles;
import io.github.awesomedsl.maven.markdown.MarkdownInput;
import io.github.awesomedsl.maven.load.ListLoadException;
import io.github.awesomedsl.maven.load.ListLoader;
import io.github.awesomedsl.maven.load.LoadRequest;
import io.github.awesomedsl.maven.load.LoadedList;
import io.github.awesomedsl.maven.readme.ReadmeWriter;
import io.github.awesomedsl.maven.readme.UnifiedDiff;
import io.github.awesomedsl.maven.readme.WrittenRecord;
import io.github.awesomedsl.model.SourceLocation;
import io.github.awesomedsl.render.EntryStyle;
import io.github.awesomedsl.render.MarkdownRenderer;
import io.github.awesomedsl.render.RenderOptions;
import io.github.awesomedsl.render.TableWidth;
import io.github.awesomedsl.validate.Diagnostic;
import io.github.awesomedsl.validate.SarifReport;
import io.github.awesomedsl.validate.Severity;
import io.github.awesomedsl.validate.ValidationReport;
import io.github.awesomedsl.validate.Validator;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** A goal that validates the list and writes its README (render, generate). */
abstract class ValidatingReadmeMojo extends ReadmeMojo {

  /** Fail the build on warnings too, not only on errors. */
  @Parameter(property = "awesome.failOnWarning", defaultValue = "false")
  protected boolean failOnWarning;

  /**
   * Severity per rule id: {@code error}, {@code warning}, {@code info} or {@code off}, e.g.
   * {@code <rules><duplicate-url>error</duplicate-url></rules>}.
   */
  @Parameter
  protected Map<String, String> rules;

  /**
   * Where the findings are written as SARIF 2.1.0, for code-scanning tools (GitHub shows them on pull
   * requests); written on every validation, also when it fails.
   */
  @Parameter(property = "awesome.sarifFile", defaultValue = "${project.build.directory}/awesome/awesome.sarif")
  protected File sarifFile;

  /** Validates the list; missing-file looks beside the README. */
  protected ValidationReport validate(LoadedList loaded) throws MojoFailureException {
    return validate(loaded, rules, readme.toPath().toAbsolutePath().getParent(), sarifFile, failOnWarning);
  }
}
