package io.github.awesomedsl.maven;

import io.github.awesomedsl.maven.load.LoadedList;
import io.github.awesomedsl.maven.output.AtomicFiles;
import io.github.awesomedsl.maven.output.code.CatalogGenerator;
import io.github.awesomedsl.maven.output.code.CatalogNameException;
import io.github.awesomedsl.maven.output.code.CatalogSource;
import io.github.awesomedsl.maven.output.code.CatalogWriter;
import io.github.awesomedsl.maven.output.json.CatalogJson;
import io.github.awesomedsl.validate.ValidationReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javax.lang.model.SourceVersion;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * The goal list repositories bind: loads the list, validates it, brings the README up to date, and
 * generates the typed catalog (Java constants and JSON) that the module's jar carries.
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
public final class GenerateMojo extends ValidatingReadmeMojo {

    /**
     * Replace a README that was edited by hand since the plugin last wrote it. By default such a README is
     * left alone and the goal fails with the diff, so that no hand edit is lost.
     */
    @Parameter(property = "awesome.discardEdits", defaultValue = "false")
    private boolean discardEdits;

    /** Skips this goal. */
    @Parameter(property = "awesome.generate.skip", defaultValue = "false")
    private boolean skipGenerate;

    /**
     * Whether to write the README ({@code true}) or only check it ({@code false}). Default: {@code true},
     * except when the environment variable {@code CI} is {@code true}.
     */
    @Parameter(property = "awesome.updateReadme")
    private Boolean updateReadme;

    /**
     * Generate the typed catalog: a Java class of constants for the list's entries, rows and link items,
     * compiled into this module's jar (and its sources jar), plus {@code META-INF/awesome/<artifactId>.json}.
     */
    @Parameter(property = "awesome.catalog", defaultValue = "true")
    private boolean catalog;

    /** The catalog class's fully qualified name; by default the list class's name plus {@code Catalog}. */
    @Parameter(property = "awesome.catalogClass")
    private String catalogClass;

    /** Where the catalog's source goes; added as a compile source root. */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/awesome", required = true)
    private File generatedSourcesDirectory;

    /** Where the catalog's JSON goes (under {@code META-INF/awesome/}); added as a resource folder. */
    @Parameter(defaultValue = "${project.build.directory}/generated-resources/awesome", required = true)
    private File generatedResourcesDirectory;

    /** Also write the catalog's JSON to this file (for example <code>${project.basedir}/catalog.json</code>). */
    @Parameter(property = "awesome.catalogJson")
    private File catalogJson;

    /** Also write the list as a searchable static site (what {@code awesome:site} writes) into {@code siteDirectory}. */
    @Parameter(property = "awesome.site", defaultValue = "false")
    private boolean site;

    /** Where the site goes, with {@code site}. */
    @Parameter(property = "awesome.site.directory", defaultValue = "${project.build.directory}/awesome-site")
    private File siteDirectory;

    /** Also write the papers' CSL-JSON to this file; it is always in the jar as {@code <artifactId>.csl.json}. */
    @Parameter(property = "awesome.cslJsonFile")
    private File cslJsonFile;

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
            writeReadme(expected, loaded, discardEdits);
        } else {
            requireFreshReadme(expected);
        }
        if (catalog) {
            writeCatalog(loaded);
        }
        if (site) {
            try {
                int entries = io.github.awesomedsl.maven.output.site.SiteWriter.write(
                        loaded.list(), metadata(), siteDirectory.toPath());
                getLog().info("Wrote the site: " + entries + " entries in "
                        + relative(siteDirectory.toPath().resolve("index.html")));
            } catch (IOException e) {
                throw new MojoExecutionException(
                        "Cannot write the site to " + siteDirectory + ": " + e.getMessage(), e);
            }
        }
        getLog().info(Summaries.of(loaded, report, start));
    }

    /** The papers' BibTeX and CSL-JSON, beside the catalog's JSON in the jar (and where asked), when there are papers. */
    private void writePapers(LoadedList loaded) throws IOException, MojoFailureException {
        java.util.List<io.github.awesomedsl.maven.output.bib.Paper> papers =
                io.github.awesomedsl.maven.output.bib.Paper.of(loaded.list(), metadata());
        if (papers.isEmpty()) {
            return;
        }
        String bib = io.github.awesomedsl.maven.output.bib.BibTexExport.of(
                papers, loaded.list().title());
        String csl = io.github.awesomedsl.maven.output.bib.CslJsonExport.of(papers);
        Path folder = generatedResourcesDirectory.toPath().resolve("META-INF/awesome");
        AtomicFiles.writeIfChanged(folder.resolve(project.getArtifactId() + ".bib"), bib);
        AtomicFiles.writeIfChanged(folder.resolve(project.getArtifactId() + ".csl.json"), csl);
        if (bibFile != null) {
            AtomicFiles.writeIfChanged(bibFile.toPath(), bib);
        }
        if (cslJsonFile != null) {
            AtomicFiles.writeIfChanged(cslJsonFile.toPath(), csl);
        }
        getLog().info("Wrote " + papers.size() + " papers as META-INF/awesome/" + project.getArtifactId()
                + ".bib and .csl.json");
    }

    private void writeCatalog(LoadedList loaded) throws MojoExecutionException, MojoFailureException {
        String name =
                catalogClass == null || catalogClass.isBlank() ? listClass.strip() + "Catalog" : catalogClass.strip();
        if (!SourceVersion.isName(name) || name.lastIndexOf('.') < 0) {
            throw new MojoFailureException("catalogClass \"" + name
                    + "\" is not a fully qualified class name in a package," + " e.g. com.example.MyListCatalog.");
        }
        int dot = name.lastIndexOf('.');
        CatalogSource file;
        try {
            file = new CatalogGenerator(name.substring(0, dot), name.substring(dot + 1), listClass.strip())
                    .generate(loaded.list(), metadata());
        } catch (CatalogNameException | IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        String json = CatalogJson.of(loaded.list(), metadata());
        Path jsonInJar =
                generatedResourcesDirectory.toPath().resolve("META-INF/awesome/" + project.getArtifactId() + ".json");
        try {
            boolean written = CatalogWriter.write(file, generatedSourcesDirectory.toPath());
            AtomicFiles.writeIfChanged(jsonInJar, json);
            if (catalogJson != null) {
                AtomicFiles.writeIfChanged(catalogJson.toPath(), json);
            }
            writePapers(loaded);
            getLog().info((written ? "Generated " : "Catalog up to date: ") + name + " and META-INF/awesome/"
                    + project.getArtifactId() + ".json");
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the catalog: " + e.getMessage(), e);
        }
        project.addCompileSourceRoot(generatedSourcesDirectory.getAbsolutePath());
        Resource resource = new Resource();
        resource.setDirectory(generatedResourcesDirectory.getAbsolutePath());
        if (project.getResources().stream()
                .noneMatch(r -> resource.getDirectory().equals(r.getDirectory()))) {
            project.addResource(resource);
        }
    }
}
