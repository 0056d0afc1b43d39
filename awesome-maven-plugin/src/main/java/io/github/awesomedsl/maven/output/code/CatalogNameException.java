package io.github.awesomedsl.maven.output.code;

import io.github.awesomedsl.maven.output.code.JavaNames.NameCollision;
import java.util.List;

/**
 * Two elements of a list would get the same catalog member name. The catalog never resolves that with
 * a suffix: a suffix chosen today would move the plain name to whichever element comes first tomorrow,
 * and code that uses the constant would compile against another entry's data.
 */
public final class CatalogNameException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<NameCollision> collisions;

    CatalogNameException(List<NameCollision> collisions) {
        super(message(collisions));
        this.collisions = List.copyOf(collisions);
    }

    /** The colliding names, each with its two owners. */
    public List<String> collisions() {
        return collisions.stream().map(NameCollision::toString).toList();
    }

    private static String message(List<NameCollision> collisions) {
        StringBuilder out = new StringBuilder();
        out.append(
                collisions.size() == 1
                        ? "Two elements of the list would get the same catalog name:"
                        : collisions.size() + " catalog names would each be given to two elements of the list:");
        for (NameCollision collision : collisions) {
            out.append("\n  ").append(collision);
        }
        out.append("\nA catalog constant must keep pointing at its own element, so no name is given a suffix."
                + " Give one element of each pair an explicit name: .id(\"…\") on an entry or a link item,"
                + " table(…).row(…).id(\"…\") on a table row; or rename a section or tag.");
        return out.toString();
    }
}
