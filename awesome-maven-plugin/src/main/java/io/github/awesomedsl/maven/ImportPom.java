package io.github.awesomedsl.maven;

import java.util.Locale;

/**
 * The {@code pom.xml} awesome:import writes beside an imported list that has none: the list's module with
 * the plugin configured (list class, README, detected style) and every plugin's version pinned, so that
 * {@code mvn awesome:render} and {@code mvn verify} work right away, on Maven 3.8.7 as on 3.9.
 */
final class ImportPom {

    private ImportPom() {}

    /**
     * The POM. The class and package are Java names (checked by the goal); the README's path is the one
     * value from outside, written XML-escaped, and refused if Maven would interpolate it ({@code $}).
     */
    static String of(String packageName, String className, String pluginVersion, String readmePath, String style) {
        if (readmePath.contains("$")) {
            throw new IllegalArgumentException(
                    "the README's path " + readmePath + " holds a $, which Maven would read as"
                            + " a property; rename the file, or write the pom.xml by hand");
        }
        return BundledText.read("import-pom.xml")
                .replace("@groupId@", packageName)
                .replace("@artifactId@", artifactId(className))
                .replace("@name@", className)
                .replace("@version@", pluginVersion)
                .replace("@listClass@", packageName + "." + className)
                .replace("@readme@", xml(readmePath))
                .replace("@style@", style);
    }

    /** {@code MyAwesomeList} → {@code my-awesome-list}. */
    static String artifactId(String className) {
        return className
                .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                .replaceAll("([A-Z]+)([A-Z][a-z])", "$1-$2")
                .replace('_', '-')
                .replace("$", "")
                .toLowerCase(Locale.ROOT);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
