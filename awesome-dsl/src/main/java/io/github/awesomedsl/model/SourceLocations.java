package io.github.awesomedsl.model;

import io.github.awesomedsl.internal.DslFrame;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Finds the line of the list's source that called into the DSL.
 *
 * <p>Uses {@link StackWalker}, which walks lazily and materialises only the frames it looks at: the
 * cost is a few hundred nanoseconds per DSL call (see {@code SourceLocationBenchmark}), against tens of
 * microseconds for {@code new Throwable().getStackTrace()}. Frames of classes marked {@link DslFrame}
 * (the model's builders, the DSL facade) are skipped, whatever the depth of overload funnels.
 *
 * <p>Capture can be turned off with the system property {@code awesome.sourceLocations=false}, e.g. for
 * generated catalogs where the location is meaningless; every location is then {@link SourceLocation#UNKNOWN}.
 * Internal: not part of the public API.
 */
@DslFrame
public final class SourceLocations {

    private static final boolean ENABLED =
            !"false".equalsIgnoreCase(System.getProperty("awesome.sourceLocations", "true"));

    /** A DSL call is a few frames deep: the first batch of frames the walker fetches is kept that small. */
    private static final StackWalker WALKER =
            StackWalker.getInstance(Set.of(StackWalker.Option.RETAIN_CLASS_REFERENCE), 6);

    private static final ClassValue<Boolean> IS_DSL_FRAME = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.getNestHost().isAnnotationPresent(DslFrame.class);
        }
    };

    private SourceLocations() {}

    /** The first frame on the stack that is not DSL machinery, or {@link SourceLocation#UNKNOWN}. */
    public static SourceLocation capture() {
        if (!ENABLED) {
            return SourceLocation.UNKNOWN;
        }
        return WALKER.walk(FIRST_OUTSIDE_THE_DSL);
    }

    /**
     * The walk: a plain loop over the frames rather than a stream pipeline, which a list's {@code define()}
     * runs once per entry, mostly before the JIT has compiled it.
     */
    private static final Function<Stream<StackWalker.StackFrame>, SourceLocation> FIRST_OUTSIDE_THE_DSL = frames -> {
        Iterator<StackWalker.StackFrame> it = frames.iterator();
        while (it.hasNext()) {
            StackWalker.StackFrame frame = it.next();
            if (!IS_DSL_FRAME.get(frame.getDeclaringClass())) {
                return new SourceLocation(frame); // its file and line are read when first asked
            }
        }
        return SourceLocation.UNKNOWN;
    };
}
