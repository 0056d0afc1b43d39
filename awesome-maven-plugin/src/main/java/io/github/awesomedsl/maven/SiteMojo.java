package io.github.awesomedsl.maven;

import io.github.awesomedsl.maven.load.LoadedList;
import io.github.awesomedsl.maven.output.site.SiteWriter;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the list as a static, searchable site: {@code index.html} with its data, {@code site.css},
 * {@code site.js} and {@code data.json}, in {@code target/awesome-site}, ready for GitHub Pages and working
 * from {@code file://}. Search over titles, descriptions, venues and tags; filters by section, tag, year,
 * venue, link kind and, with the metadata lock, archived repositories; the state in the URL; a "Cite" button
 * with the BibTeX of each paper. Nothing is fetched when the page is built or viewed.
 */
@Mojo(name = "site", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class SiteMojo extends ListMojo {

    /** Where the site is written. */
    @Parameter(property = "awesome.site.directory", defaultValue = "${project.build.directory}/awesome-site")
    private File siteDirectory;

    /** The metadata lock that awesome:metadata writes: stars, archived repositories, papers' authors. */
    @Parameter(property = "awesome.metadata.file", defaultValue = "${project.basedir}/awesome-metadata.json")
    private File metadataFile;

    /** Skips this goal. */
    @Parameter(property = "awesome.site.skip", defaultValue = "false")
    private boolean skipSite;

    @Override
    String goal() {
        return "site";
    }

    @Override
    boolean skipGoal() {
        return skipSite;
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        long start = System.nanoTime();
        LoadedList loaded = load();
        try {
            int entries = SiteWriter.write(loaded.list(), MetadataMojo.readLock(metadataFile), siteDirectory.toPath());
            getLog().info("site: " + entries + " entries in "
                    + relative(siteDirectory.toPath().resolve("index.html")) + " ("
                    + (System.nanoTime() - start) / 1_000_000 + " ms); open it in a browser, or publish the folder");
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the site to " + siteDirectory + ": " + e.getMessage(), e);
        }
    }
}
