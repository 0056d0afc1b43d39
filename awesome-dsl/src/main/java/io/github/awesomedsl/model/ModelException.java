package io.github.awesomedsl.model;

/**
 * A structural mistake in a list declaration: a table row with the wrong number of cells, a year out
 * of range, a section nested too deep. Thrown from {@code build()}; the message names the offending
 * element, its route in the list and the line of its DSL call.
 *
 * <p>Content problems (a duplicate URL, an empty section) are not structural: they are reported as
 * diagnostics by the validator instead.
 */
public final class ModelException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String route;
    private final String problem;
    private final SourceLocation location;

    public ModelException(String element, SourceLocation location, String problem) {
        this(element, location, problem, null);
    }

    private ModelException(String route, SourceLocation location, String problem, ModelException cause) {
        super(format(route, location, problem), cause);
        this.route = route;
        this.problem = problem;
        this.location = location;
    }

    /** The route from the list's top to the offending element, e.g. {@code Methods › LFM › entry "MedCPT"}. */
    public String route() {
        return route;
    }

    /** What is wrong and how to fix it, without the route. */
    public String problem() {
        return problem;
    }

    /** The DSL call of the offending element. */
    public SourceLocation location() {
        return location;
    }

    /** This exception as seen from an enclosing element: the route gains {@code parent} in front. */
    ModelException within(String parent) {
        ModelException wrapped = new ModelException(parent + " › " + route, location, problem, null);
        wrapped.setStackTrace(getStackTrace());
        return wrapped;
    }

    private static String format(String route, SourceLocation location, String problem) {
        return (location.isKnown() ? location + ": " : "") + route + ": " + problem;
    }
}
