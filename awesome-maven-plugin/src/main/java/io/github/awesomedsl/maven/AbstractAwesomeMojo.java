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

/**
 * What every goal shares: the parameters, the skip flags, loading the list and reporting its
 * diagnostics. The goals themselves only decide what to do with the result.
 */
abstract class AbstractAwesomeMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  /**
   * Required by the goals that read the list (generate, render, check, validate, links without
   * awesome.file; not lint, fix or import). The fully qualified name of the class that declares the list: it implements
   * {@code io.github.awesomedsl.dsl.AwesomeListSource} and lives in this module's {@code src/main/java}.
   */
  @Parameter(property = "awesome.listClass")
  protected String listClass;

  /** The README to write or check. */
  @Parameter(property = "awesome.readme", defaultValue = "${project.basedir}/README.md")
  protected File readme;

  /**
   * Replace a README that was edited by hand since the plugin last wrote it. By default such a README is
   * left alone and the goal fails with the diff, so that no hand edit is lost.
   */
  @Parameter(property = "awesome.discardEdits", defaultValue = "false")
  protected boolean discardEdits;

  /**
   * How entries are written: {@code awesome} ({@code - [Title](link) - Description.}, checked by
   * awesome-lint) or {@code paper} ({@code - \[Venue\] Title. [\[Paper\]](…) [\[Code\]](…)}).
   */
  @Parameter(property = "awesome.style", defaultValue = "awesome")
  protected String style;

  /**
   * How table cells are measured to align pipes: {@code display} (CJK and emoji count double, as on
   * screen) or {@code utf16} (as awesome-lint's table-pipe-alignment counts).
   */
  @Parameter(property = "awesome.tableWidth", defaultValue = "display")
  protected String tableWidth;

  /**
   * Render only between the {@code <!-- awesome:begin -->} and {@code <!-- awesome:end -->} lines of
   * the existing README and keep every other byte (title, hand-written intro, footer).
   */
  @Parameter(property = "awesome.markers", defaultValue = "false")
  protected boolean markers;

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

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  protected PluginDescriptor plugin;

  /** Goals that read a Markdown file (lint, import, links): the largest file read, in MiB. */
  @Parameter(property = "awesome.maxFileMiB", defaultValue = "64")
  private long maxFileMiB;

  /** Goals that read a Markdown file: the most quotes and lists a line may open. */
  @Parameter(property = "awesome.maxNesting", defaultValue = "100")
  private int maxNesting;

  /** Goals that read a Markdown file: the most columns a line may be indented. */
  @Parameter(property = "awesome.maxIndent", defaultValue = "400")
  private int maxIndent;

  /** Skips every goal of this plugin. */
  @Parameter(property = "awesome.skip", defaultValue = "false")
  protected boolean skip;

  /**
   * awesome-dsl is compiled for Java 17 (its model is records): a list compiled for an older release
   * would fail with "class file for java.lang.Record not found", so that is said plainly first.
   */
  private void requireRelease17() throws MojoFailureException {
    if (release == null || release.isBlank()) {
      return;
    }
    int version;
    try {
      version = Integer.parseInt(release.strip().replaceFirst("^1\\.", ""));
    } catch (NumberFormatException e) {
      throw new MojoFailureException("maven.compiler.release (awesome.release) is \"" + release + "\", not a Java version;"
          + " awesome-dsl needs 17 or newer.");
    }
    if (version < 17) {
      throw new MojoFailureException("awesome-dsl needs Java 17 or newer, but the list is compiled for " + version
          + " (maven.compiler.release or awesome.release). Set <maven.compiler.release>17</maven.compiler.release>"
          + " in the POM's properties.");
    }
  }

  /** The {@code --release} the list class is compiled for; by default the project's. */
  @Parameter(property = "awesome.release", defaultValue = "${maven.compiler.release}")
  protected String release;

  /** The goal's name, for messages ({@code render}). */
  abstract String goal();

  /** Whether the goal's own skip flag ({@code awesome.<goal>.skip}) is set. */
  abstract boolean skipGoal();

  /** The goal's work, once skip flags have been honoured. */
  abstract void run() throws MojoExecutionException, MojoFailureException;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip || skipGoal()) {
      getLog().info("Skipping awesome:" + goal() + " (" + (skip ? "awesome.skip" : "awesome." + goal() + ".skip") + " is set)");
      return;
    }
    run();
  }

  /** Compiles and runs the list class. */
  protected LoadedList load() throws MojoFailureException, MojoExecutionException {
    List<Path> classpath = new ArrayList<>();
    try {
      // The module's own target/classes is left out: what the list references comes from its sources
      // (-sourcepath), and classes compiled between generate-sources and verify must not make the
      // list compile differently (or defeat the reuse of the last compilation).
      Path output = Path.of(project.getBuild().getOutputDirectory()).toAbsolutePath().normalize();
      for (String element : project.getCompileClasspathElements()) {
        Path path = Path.of(element);
        if (!path.toAbsolutePath().normalize().equals(output)) {
          classpath.add(path);
        }
      }
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("The project's compile classpath is not resolved: " + e.getMessage(), e);
    }
    requireRelease17();
    List<Path> roots = project.getCompileSourceRoots().stream().map(Path::of).filter(Files::isDirectory).toList();
    LoadRequest request = new LoadRequest(
        listClass == null ? "" : listClass,
        roots,
        classpath,
        Optional.ofNullable(release),
        Path.of(project.getBuild().getDirectory(), "awesome"),
        project.getBasedir().toPath(),
        Optional.of(Path.of(project.getBuild().getOutputDirectory())));
    try {
      return new ListLoader().load(request);
    } catch (ListLoadException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
  }

  /** A finding as a log line: {@code where(rule-id) Route › Item: message}. */
  static String logLine(String where, Diagnostic d) {
    return where + "(" + d.ruleId() + ") " + (d.path().isEmpty() ? "" : d.path() + ": ") + d.message();
  }

  /** Validates the list, logs each finding javac-style and fails on errors (or warnings with failOnWarning). */
  protected ValidationReport validate(LoadedList loaded) throws MojoFailureException {
    Validator validator = configuredValidator();
    ValidationReport report = validator.validate(loaded.list());
    writeSarif(validator, report);
    for (Diagnostic d : report.diagnostics()) {
      String line = logLine(where(d.location()), d);
      switch (d.severity()) {
        case ERROR -> getLog().error(line);
        case WARNING -> getLog().warn(line);
        case INFO -> getLog().info(line);
      }
    }
    long errors = report.count(Severity.ERROR);
    long warnings = report.count(Severity.WARNING);
    if (errors > 0 || (failOnWarning && warnings > 0)) {
      throw new MojoFailureException("The list has " + report.summary() + (errors > 0 ? "" : " and failOnWarning is set")
          + " (listed above with their source lines). Fix them in the list's source,"
          + " or change a rule's severity with <rules><rule-id>warning</rule-id></rules>.");
    }
    return report;
  }

  /** The built-in rules, and missing-file for the README's folder, at the severities of {@code <rules>}. */
  protected Validator configuredValidator() throws MojoFailureException {
    return configuredValidator(readme.toPath().toAbsolutePath().getParent());
  }

  /**
   * The built-in rules, and missing-file for the files beside a README in {@code folder}, at the
   * severities of {@code <rules>}.
   */
  protected Validator configuredValidator(Path folder) throws MojoFailureException {
    List<io.github.awesomedsl.validate.Rule> all = new ArrayList<>(Validator.defaultRules());
    all.add(new io.github.awesomedsl.validate.rules.MissingFileRule(path -> folder != null && Files.exists(folder.resolve(path))));
    Validator validator = Validator.of(all);
    if (rules != null) {
      for (Map.Entry<String, String> rule : rules.entrySet()) {
        try {
          validator = validator.withSeverity(rule.getKey(), rule.getValue());
        } catch (IllegalArgumentException e) {
          throw new MojoFailureException("Bad <rules> configuration: " + e.getMessage());
        }
      }
    }
    return validator;
  }

  /**
   * Where reports go: {@code target/awesome} of the project, or of the current folder when the goal
   * runs without a project (on a plain Markdown file).
   */
  protected File reportsDirectory() {
    return project.getBasedir() != null ? new File(project.getBuild().getDirectory(), "awesome") : new File("target/awesome");
  }

  /** A Markdown file named by {@code -Dawesome.file}, with a message that says how to name another. */
  /**
   * A Markdown file as untrusted input ({@link MarkdownInput}): at most {@code awesome.maxFileMiB}, UTF-8,
   * no deeper than {@code awesome.maxNesting}; anything else is a clean failure saying what to do.
   */
  protected String readMarkdown(File file) throws MojoExecutionException, MojoFailureException {
    try {
      return MarkdownInput.read(file.toPath(), new MarkdownInput.Limits(maxFileMiB << 20, maxNesting, maxIndent));
    } catch (MarkdownInput.RefusedException e) {
      throw new MojoFailureException(e.getMessage());
    } catch (java.nio.file.NoSuchFileException e) {
      throw new MojoFailureException(file + " does not exist. Name the file with -Dawesome.file=path/to/README.md.");
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot read " + file + ": " + e.getMessage()
          + ". Name the file with -Dawesome.file=path/to/README.md.", e);
    }
  }

  /**
   * Runs a reading of an untrusted Markdown file (lint, import): whatever the input, it ends in a result
   * or a {@link MojoFailureException}, never in a JVM error that dumps a thousand frames.
   */
  protected static <T> T guarded(String file, java.util.concurrent.Callable<T> reading)
      throws MojoExecutionException, MojoFailureException {
    try {
      return reading.call();
    } catch (MojoExecutionException | MojoFailureException e) {
      throw e;
    } catch (StackOverflowError | OutOfMemoryError e) {
      throw new MojoFailureException(file + " could not be read within this JVM's limits (" + e.getClass().getSimpleName()
          + "): it is nested or sized far beyond any list. Lower -Dawesome.maxNesting or -Dawesome.maxFileMiB to refuse"
          + " such input up front, and report the file if it is an ordinary README.", e);
    } catch (Exception e) {
      throw new MojoExecutionException("Reading " + file + " failed (" + e + "); please report it with the file.", e);
    }
  }

  private void writeSarif(Validator validator, ValidationReport report) throws MojoFailureException {
    String sarif = SarifReport.of(validator, report, location -> sourceFile(location).map(this::relative)
        .map(p -> p.replace(File.separatorChar, '/')), plugin.getVersion());
    try {
      AtomicFiles.writeIfChanged(sarifFile.toPath(), sarif);
    } catch (IOException e) {
      throw new MojoFailureException("Cannot write the SARIF report " + sarifFile + ": " + e.getMessage()
          + ". Point <sarifFile> at a writable place.", e);
    }
  }

  /** The renderer for the configured style and table width. */
  protected MarkdownRenderer renderer() throws MojoFailureException {
    return MarkdownRenderer.create(new RenderOptions(
        choice(EntryStyle.class, style, "style"), choice(TableWidth.class, tableWidth, "tableWidth")));
  }

  /** What the README must contain. */
  protected String expectedReadme(LoadedList loaded) throws MojoFailureException, MojoExecutionException {
    try {
      Optional<String> onDisk = ReadmeWriter.read(readme.toPath());
      if (!markers && onDisk.isPresent() && onDisk.get().contains(io.github.awesomedsl.render.MarkerSplicer.BEGIN)
          && onDisk.get().contains(io.github.awesomedsl.render.MarkerSplicer.END)) {
        throw new MojoFailureException(relative(readme.toPath()) + " has " + io.github.awesomedsl.render.MarkerSplicer.BEGIN
            + " and " + io.github.awesomedsl.render.MarkerSplicer.END + " markers, but markers mode is off, so a render"
            + " would replace the hand-written text around them. Configure <markers>true</markers> (or pass"
            + " -Dawesome.markers=true) to render between the markers only, or remove the markers to let the plugin"
            + " own the whole README.");
      }
      return ReadmeWriter.expectedContent(loaded.list(), renderer(), readme.toPath(), markers);
    } catch (IllegalArgumentException e) { // MarkerException
      throw new MojoFailureException(relative(readme.toPath()) + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot read " + readme + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes the README if its bytes change; logs what happened. A README that differs from the rendering
   * and from what the plugin last wrote there was edited by hand: it is left alone, and the goal fails
   * with the diff and where the change belongs, unless {@code -Dawesome.discardEdits=true}.
   */
  protected void writeReadme(String expected, LoadedList loaded) throws MojoExecutionException, MojoFailureException {
    WrittenRecord record = new WrittenRecord(reportsDirectory().toPath(), readme.toPath());
    String name = relative(readme.toPath());
    try {
      Optional<String> actual = ReadmeWriter.read(readme.toPath());
      if (actual.isPresent() && !actual.get().equals(expected) && !discardEdits && !isOurs(actual.get(), record)) {
        String diff = UnifiedDiff.of(actual.get(), expected, name + " (on disk)", name + " (rendered)", 60);
        throw new MojoFailureException(name + " was edited by hand since the plugin last wrote it; nothing was"
            + " written, so the edit is not lost. " + moveAdvice(actual.get(), expected, loaded)
            + ", or run with -Dawesome.discardEdits=true to replace it with the rendering.\n" + diff);
      }
      boolean written = AtomicFiles.writeIfChanged(readme.toPath(), expected);
      record.record(expected);
      getLog().info(written ? "Wrote " + name : name + " is up to date");
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write " + readme + ": " + e.getMessage()
          + (e instanceof java.nio.file.AccessDeniedException ? "" : ". Check that its folder is writable."), e);
    }
  }

  /**
   * Whether the README on disk is the plugin's own: what it last wrote (or awesome:import read), or, with
   * no record (a fresh clone), a pure rendering of some list: one that reads back and renders to itself.
   */
  private boolean isOurs(String onDisk, WrittenRecord record) throws IOException, MojoFailureException {
    if (record.recorded().isPresent()) {
      return record.isRecorded(onDisk);
    }
    if (markers) {
      return true; // only the marked part is replaced, and it says it is generated
    }
    try {
      return renderer().render(new io.github.awesomedsl.maven.markdown.MarkdownListReader(readme.getName()).read(onDisk))
          .equals(onDisk);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * "Move this change into JavaToolsList.java:19 (Build › Maven)": the list's element at the first line
   * the hand edit changed, found by its title; the list class when none matches.
   */
  protected String moveAdvice(String onDisk, String expected, LoadedList loaded) {
    String[] disk = onDisk.split("\n", -1);
    String[] rendered = expected.split("\n", -1);
    int line = 0;
    while (line < disk.length && line < rendered.length && disk[line].equals(rendered[line])) {
      line++;
    }
    String where = relative(loaded.source());
    try {
      io.github.awesomedsl.model.AwesomeList read =
          new io.github.awesomedsl.maven.markdown.MarkdownListReader(readme.getName()).read(onDisk);
      String title = ReadmeWriter.titleAt(read, line + 1);
      if (title != null) {
        Optional<io.github.awesomedsl.model.SourceLocation> at = ReadmeWriter.locationOf(loaded.list(), title);
        if (at.isPresent() && at.get().isKnown()) {
          return "Move this change into " + where + ":" + at.get().line() + " (\"" + title + "\")";
        }
      }
    } catch (RuntimeException e) {
      // a README the reader cannot take: the advice names the class only
    }
    return "Move this change into " + where + " (" + listClass + ")";
  }

  /** Fails with a short diff when the README on disk is not what would be rendered. */
  protected void requireFreshReadme(String expected) throws MojoFailureException, MojoExecutionException {
    Optional<String> actual;
    try {
      actual = ReadmeWriter.read(readme.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot read " + readme + ": " + e.getMessage(), e);
    }
    String name = relative(readme.toPath());
    if (actual.isEmpty()) {
      throw new MojoFailureException(name + " does not exist. Run `mvn awesome:render` to create it, and commit it.");
    }
    if (!actual.get().equals(expected)) {
      String diff = UnifiedDiff.of(actual.get(), expected, name + " (on disk)", name + " (rendered)", 60);
      throw new MojoFailureException(name + " is not what the list renders to. If the difference is a hand edit,"
          + " move it into the list class " + listClass + " (a README edit is lost at the next render); if the list"
          + " changed, run `mvn awesome:render` and commit the result.\n" + diff);
    }
    getLog().info(name + " matches the list");
  }

  /** {@code README.md} relative to the project's folder. */
  protected String relative(Path path) {
    // without a project (awesome:lint, awesome:links on a file) paths are relative to where Maven runs
    Path base = (project.getBasedir() != null ? project.getBasedir().toPath() : Path.of("")).toAbsolutePath().normalize();
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
  }

  /** {@code src/main/java/com/example/List.java:[42] } for a known location, else nothing. */
  protected String where(SourceLocation location) {
    if (!location.isKnown()) {
      return "";
    }
    return sourceFile(location).map(this::relative).orElse(location.fileName()) + ":[" + location.line() + "] ";
  }

  /** The source file of a DSL call, found in the compile source roots. */
  protected Optional<Path> sourceFile(SourceLocation location) {
    for (String root : project.getCompileSourceRoots()) {
      Path candidate = Path.of(root).resolve(location.relativePath());
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String value, String parameter) throws MojoFailureException {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("Unknown " + parameter + " \"" + value + "\"; use one of "
          + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
    }
  }
}
