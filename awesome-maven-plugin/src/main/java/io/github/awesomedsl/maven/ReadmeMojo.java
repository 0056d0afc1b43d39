package io.github.awesomedsl.maven;

import io.github.awesomedsl.maven.load.LoadedList;
import io.github.awesomedsl.maven.output.AtomicFiles;
import io.github.awesomedsl.maven.output.readme.ReadmeWriter;
import io.github.awesomedsl.maven.output.readme.UnifiedDiff;
import io.github.awesomedsl.maven.output.readme.WrittenRecord;
import io.github.awesomedsl.render.EntryStyle;
import io.github.awesomedsl.render.MarkdownRenderer;
import io.github.awesomedsl.render.RenderOptions;
import io.github.awesomedsl.render.TableWidth;
import java.io.File;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** A goal that validates the list and renders or checks its README (render, generate, check, validate). */
abstract class ReadmeMojo extends ListMojo {

    /** The README to write or check. */
    @Parameter(property = "awesome.readme", defaultValue = "${project.basedir}/README.md")
    protected File readme;

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

    /**
     * The metadata lock that awesome:metadata writes: read by the rules over it and, with
     * {@code repositoryStats}, by the rendering. Without one, nothing about repositories is shown or found.
     */
    @Parameter(property = "awesome.metadata.file", defaultValue = "${project.basedir}/awesome-metadata.json")
    protected File metadataFile;

    /**
     * Show each entry's repository stars and last push from the metadata lock: {@code (⭐ 12.3k · 2026-10)}
     * after an entry, and a Stars column in tables whose rows link repositories.
     */
    @Parameter(property = "awesome.repositoryStats", defaultValue = "false")
    protected boolean repositoryStats;

    /**
     * Show each paper's authors ({@code Wu et al.}) and, where the lock has it, its citation count, from the
     * metadata lock.
     */
    @Parameter(property = "awesome.paperAuthors", defaultValue = "false")
    protected boolean paperAuthors;

    /**
     * Also write the papers' BibTeX to this file (for example <code>${project.basedir}/papers.bib</code>);
     * {@code generate} writes it, and it is always in the jar as {@code META-INF/awesome/<artifactId>.bib}.
     */
    @Parameter(property = "awesome.bibFile")
    protected File bibFile;

    /**
     * After each paper, a "Cite" link to its entry in {@code bibFile} ({@code papers.bib#L12}, which GitHub
     * opens at that line); needs a {@code bibFile} in the README's folder or below it.
     */
    @Parameter(property = "awesome.citeLinks", defaultValue = "false")
    protected boolean citeLinks;

    private io.github.awesomedsl.metadata.Metadata metadata;

    /** The metadata lock, read once. */
    protected io.github.awesomedsl.metadata.Metadata metadata() throws MojoFailureException {
        if (metadata == null) {
            metadata = MetadataMojo.readLock(metadataFile);
        }
        return metadata;
    }

    /**
     * The last list rendered, and its rendering: readme-size and the README share one rendering, which
     * {@link #renderAhead} may have started on a thread of its own.
     */
    private io.github.awesomedsl.model.AwesomeList renderedList;

    private FutureTask<String> rendering;

    /**
     * Starts rendering {@code list} on a thread of its own, for {@link #rendering} to take: the list is
     * immutable, so validation can run meanwhile on the other core (at 10,000 entries in a fresh JVM the
     * rendering takes some 70 ms). The renderer is made here, so that a bad option fails here.
     */
    protected void renderAhead(io.github.awesomedsl.model.AwesomeList list) throws MojoFailureException {
        startRendering(list);
        Thread thread = new Thread(rendering, "awesome render");
        thread.setDaemon(true);
        thread.start();
    }

    /** The README {@code list} renders to (without markers), rendered once per list. */
    protected String rendering(io.github.awesomedsl.model.AwesomeList list) throws MojoFailureException {
        if (list != renderedList) {
            startRendering(list);
            rendering.run();
        }
        try {
            return rendering.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the README was rendered", e);
        }
    }

    private void startRendering(io.github.awesomedsl.model.AwesomeList list) throws MojoFailureException {
        MarkdownRenderer renderer = renderer(list);
        rendering = new FutureTask<>(() -> renderer.render(list));
        renderedList = list;
    }

    /** Each paper's "Cite" link: the BibTeX file relative to the README, at its entry's line. */
    private java.util.function.Function<io.github.awesomedsl.model.Entry, Optional<String>> citeLinks(
            io.github.awesomedsl.model.AwesomeList list) throws MojoFailureException {
        if (bibFile == null) {
            throw new MojoFailureException("citeLinks needs a bibFile to link to: configure"
                    + " <bibFile>${project.basedir}/papers.bib</bibFile> (generate writes it), or turn citeLinks off.");
        }
        java.nio.file.Path folder = readme.toPath().toAbsolutePath().normalize().getParent();
        java.nio.file.Path bib = bibFile.toPath().toAbsolutePath().normalize();
        if (!bib.startsWith(folder)) {
            throw new MojoFailureException("bibFile " + bibFile + " is outside the README's folder " + folder
                    + ", so the README cannot link to it; put it beside the README (e.g. papers.bib).");
        }
        String href = folder.relativize(bib).toString().replace(java.io.File.separatorChar, '/');
        java.util.List<io.github.awesomedsl.maven.output.bib.Paper> papers =
                io.github.awesomedsl.maven.output.bib.Paper.of(list, metadata());
        // the lines of the BibTeX generate writes: the same papers, the same order
        java.util.Map<String, Integer> lines = io.github.awesomedsl.maven.output.bib.BibTexExport.keyLines(
                io.github.awesomedsl.maven.output.bib.BibTexExport.of(papers, list.title()));
        java.util.Map<io.github.awesomedsl.model.Entry, String> links = new java.util.IdentityHashMap<>();
        for (io.github.awesomedsl.maven.output.bib.Paper paper : papers) {
            Integer line = lines.get(paper.key());
            if (line != null) {
                links.put(paper.entry(), href + "#L" + line);
            }
        }
        return entry -> Optional.ofNullable(links.get(entry));
    }

    /**
     * The renderer for the configured options; with {@code citeLinks}, linking the papers of {@code citing}
     * (none for {@code null}).
     */
    protected MarkdownRenderer renderer(io.github.awesomedsl.model.AwesomeList citing) throws MojoFailureException {
        RenderOptions options = new RenderOptions(
                choice(EntryStyle.class, style, "style"), choice(TableWidth.class, tableWidth, "tableWidth"));
        options = repositoryStats ? options.withRepositoryStats(metadata()) : options.withMetadata(metadata());
        if (citeLinks && citing != null) {
            options = options.withCiteLinks(citeLinks(citing));
        }
        return MarkdownRenderer.create(paperAuthors ? options.withPaperAuthors(metadata()) : options);
    }

    /** What the README must contain. */
    protected String expectedReadme(LoadedList loaded) throws MojoFailureException, MojoExecutionException {
        try {
            Optional<String> onDisk = ReadmeWriter.read(readme.toPath());
            if (!markers
                    && onDisk.isPresent()
                    && onDisk.get().contains(io.github.awesomedsl.render.MarkerSplicer.BEGIN)
                    && onDisk.get().contains(io.github.awesomedsl.render.MarkerSplicer.END)) {
                throw new MojoFailureException(
                        relative(readme.toPath()) + " has " + io.github.awesomedsl.render.MarkerSplicer.BEGIN
                                + " and " + io.github.awesomedsl.render.MarkerSplicer.END
                                + " markers, but markers mode is off, so a render"
                                + " would replace the hand-written text around them. Configure <markers>true</markers> (or pass"
                                + " -Dawesome.markers=true) to render between the markers only, or remove the markers to let the plugin"
                                + " own the whole README.");
            }
            return markers
                    ? ReadmeWriter.expectedContent(loaded.list(), renderer(loaded.list()), readme.toPath(), true)
                    : rendering(loaded.list());
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
    protected void writeReadme(String expected, LoadedList loaded, boolean discardEdits)
            throws MojoExecutionException, MojoFailureException {
        WrittenRecord record = new WrittenRecord(reportsDirectory().toPath(), readme.toPath());
        String name = relative(readme.toPath());
        try {
            Optional<String> actual = ReadmeWriter.read(readme.toPath());
            if (actual.isPresent()
                    && !actual.get().equals(expected)
                    && !discardEdits
                    && !isOurs(actual.get(), record)) {
                String diff = UnifiedDiff.of(actual.get(), expected, name + " (on disk)", name + " (rendered)", 60);
                throw new MojoFailureException(name + " was edited by hand since the plugin last wrote it; nothing was"
                        + " written, so the edit is not lost. " + moveAdvice(actual.get(), expected, loaded)
                        + ", or run with -Dawesome.discardEdits=true to replace it with the rendering.\n" + diff);
            }
            boolean written = AtomicFiles.writeIfChanged(readme.toPath(), expected);
            record.record(expected);
            getLog().info(written ? "Wrote " + name : name + " is up to date");
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot write " + readme + ": " + e.getMessage()
                            + (e instanceof java.nio.file.AccessDeniedException
                                    ? ""
                                    : ". Check that its folder is writable."),
                    e);
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
            return renderer(null) // a list read back from the README: no entry of it has a Cite link
                    .render(new io.github.awesomedsl.maven.markdown.MarkdownListReader(readme.getName()).read(onDisk))
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
            throw new MojoFailureException(
                    name + " does not exist. Run `mvn awesome:render` to create it, and commit it.");
        }
        if (!actual.get().equals(expected)) {
            String diff = UnifiedDiff.of(actual.get(), expected, name + " (on disk)", name + " (rendered)", 60);
            throw new MojoFailureException(name + " is not what the list renders to. If the difference is a hand edit,"
                    + " move it into the list class " + listClass
                    + " (a README edit is lost at the next render); if the list"
                    + " changed, run `mvn awesome:render` and commit the result.\n" + diff);
        }
        getLog().info(name + " matches the list");
    }
}
