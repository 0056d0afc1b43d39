package io.github.awesomedsl.maven;

import io.github.awesomedsl.model.SourceLocation;
import io.github.awesomedsl.validate.Diagnostic;
import io.github.awesomedsl.validate.Severity;
import io.github.awesomedsl.validate.Validator;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the project, the skip flags, paths relative to the project, reports' folder,
 * guarded reading of untrusted input, one finding-to-log mapping and one validator configuration. Goals
 * that load the list class extend {@link ListMojo} (and {@link ReadmeMojo} when they render or check the
 * README); goals that read a Markdown file extend {@link MarkdownMojo}. So each goal has, and
 * {@code mvn awesome:help -Ddetail} shows, only the parameters it reads.
 */
abstract class AbstractAwesomeMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    protected PluginDescriptor plugin;

    /** Skips every goal of this plugin. */
    @Parameter(property = "awesome.skip", defaultValue = "false")
    protected boolean skip;

    /** The goal's name, for messages ({@code render}). */
    abstract String goal();

    /** Whether the goal's own skip flag ({@code awesome.<goal>.skip}) is set. */
    abstract boolean skipGoal();

    /** The goal's work, once skip flags have been honoured. */
    abstract void run() throws MojoExecutionException, MojoFailureException;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipGoal()) {
            getLog().info("Skipping awesome:" + goal() + " (" + (skip ? "awesome.skip" : "awesome." + goal() + ".skip")
                    + " is set)");
            return;
        }
        run();
    }

    /** A finding as a log line: {@code where(rule-id) Route › Item: message}. */
    static String logLine(String where, Diagnostic d) {
        return where + "(" + d.ruleId() + ") " + (d.path().isEmpty() ? "" : d.path() + ": ") + d.message();
    }

    /**
     * Where reports go: {@code target/awesome} of the project, or of the current folder when the goal
     * runs without a project (on a plain Markdown file).
     */
    protected File reportsDirectory() {
        return project.getBasedir() != null
                ? new File(project.getBuild().getDirectory(), "awesome")
                : new File("target/awesome");
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
            throw new MojoFailureException(
                    file + " could not be read within this JVM's limits ("
                            + e.getClass().getSimpleName()
                            + "): it is nested or sized far beyond any list. Lower -Dawesome.maxNesting or -Dawesome.maxFileMiB to refuse"
                            + " such input up front, and report the file if it is an ordinary README.",
                    e);
        } catch (Exception e) {
            throw new MojoExecutionException(
                    "Reading " + file + " failed (" + e + "); please report it with the file.", e);
        }
    }

    /** {@code README.md} relative to the project's folder. */
    protected String relative(Path path) {
        // without a project (awesome:lint, awesome:links on a file) paths are relative to where Maven runs
        Path base = (project.getBasedir() != null ? project.getBasedir().toPath() : Path.of(""))
                .toAbsolutePath()
                .normalize();
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

    static <E extends Enum<E>> E choice(Class<E> type, String value, String parameter) throws MojoFailureException {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Unknown " + parameter + " \"" + value + "\"; use one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(c -> c.name().toLowerCase(Locale.ROOT))
                            .toList());
        }
    }

    /**
     * The built-in rules, missing-file for the files beside a README in {@code folder}, and the rules over
     * the metadata lock, at the severities of {@code rules} (a goal's {@code <rules>}).
     */
    static Validator validator(
            Map<String, String> rules,
            Path folder,
            io.github.awesomedsl.metadata.Metadata metadata,
            int staleDays,
            java.util.function.ToLongFunction<io.github.awesomedsl.model.AwesomeList> readmeBytes)
            throws MojoFailureException {
        List<io.github.awesomedsl.validate.Rule> all = new ArrayList<>(Validator.defaultRules());
        all.add(new io.github.awesomedsl.validate.rules.MissingFileRule(
                path -> folder != null && Files.exists(folder.resolve(path))));
        if (staleDays < 1) {
            throw new MojoFailureException(
                    "awesome.metadata.staleDays is " + staleDays + "; a repository is stale after 1 day or more");
        }
        all.addAll(io.github.awesomedsl.validate.rules.LockRules.of(metadata, staleDays));
        all.add(new io.github.awesomedsl.validate.rules.ReadmeSizeRule(readmeBytes));
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

    /** Logs a finding's line at its severity: one mapping for every goal. */
    void log(Severity severity, String line) {
        switch (severity) {
            case ERROR -> getLog().error(line);
            case WARNING -> getLog().warn(line);
            case INFO -> getLog().info(line);
        }
    }
}
