package io.github.awesomedsl.maven;

import io.github.awesomedsl.maven.links.MarkdownUrls;
import io.github.awesomedsl.model.SourceLocation;
import io.github.awesomedsl.validate.ListIndex;
import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A goal that reads the URLs of the list class or, with {@code -Dawesome.file=README.md}, of any Markdown file
 * (links, metadata): the file and the caps it is read within, and every URL with the places that link it.
 */
abstract class ListOrFileMojo extends ListMojo {

    /** A Markdown file to read instead of the list class (for READMEs not yet migrated). */
    @Parameter(property = "awesome.file")
    protected File file;

    /** With awesome.file: the largest Markdown file read, in MiB. */
    @Parameter(property = "awesome.maxFileMiB", defaultValue = "64")
    private long maxFileMiB;

    /** With awesome.file: the most quotes and lists one line of the Markdown may open. */
    @Parameter(property = "awesome.maxNesting", defaultValue = "100")
    private int maxNesting;

    /** With awesome.file: the most columns one line of the Markdown may be indented. */
    @Parameter(property = "awesome.maxIndent", defaultValue = "400")
    private int maxIndent;

    /** A place that links a URL: the element's route (empty in a Markdown file) and its line. */
    protected record Place(String path, SourceLocation location) {}

    /** Every URL of the file or the list, in order of first appearance, with every place that links it. */
    protected Map<String, List<Place>> places() throws MojoExecutionException, MojoFailureException {
        Map<String, List<Place>> places = new LinkedHashMap<>();
        if (file != null) {
            for (MarkdownUrls.Found found :
                    MarkdownUrls.in(MarkdownMojo.read(file, maxFileMiB, maxNesting, maxIndent))) {
                places.computeIfAbsent(found.url(), u -> new ArrayList<>())
                        .add(new Place("", new SourceLocation("", file.getName(), found.line())));
            }
            return places;
        }
        ListIndex index = ListIndex.of(load().list());
        for (int i = 0; i < index.urlCount(); i++) {
            ListIndex.Element element = index.urlElement(i);
            places.computeIfAbsent(index.url(i), u -> new ArrayList<>())
                    .add(new Place(element.path(), element.location()));
        }
        return places;
    }
}
