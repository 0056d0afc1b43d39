package io.github.awesomedsl.validate;

/**
 * One check of a list. Implementations are small final classes named as a demand, with a stable
 * kebab-case {@link #id()}, a default severity, and messages that say how to fix what they find.
 *
 * <p>A rule does not walk the list itself. The validator {@linkplain #begin begins} one {@link Check}
 * per rule, indexes the list's {@linkplain ListIndex#slices() slices} one after the other and hands
 * each to every check as soon as it is indexed, then {@linkplain Check#end() ends} the checks. All
 * rules read a slice while it is in the processor's cache, so a large list is read from memory once,
 * not once per rule.
 */
public interface Rule {

    /** The stable id used in reports and configuration ({@code duplicate-url}). */
    String id();

    Severity defaultSeverity();

    /** One sentence: what the rule demands. */
    String description();

    /**
     * Whether the rule runs unless configured: a rule that is a matter of a list's policy (that every
     * linked repository declares a licence) is off until a list turns it on.
     */
    default boolean enabledByDefault() {
        return true;
    }

    /**
     * Starts checking {@code list}, whose slices are planned but not yet indexed (see {@link Check});
     * findings go to {@code findings}, from any thread.
     */
    Check begin(ListIndex list, Findings findings);

    /**
     * One rule's check of one list.
     *
     * <p>The slices of a large list are checked in parallel: {@link #check} may run on several threads at
     * once, each with its own slice. It reads only its slice's parts, as other slices may not be indexed
     * yet; for the same reason URLs are numbered within the slice there, and in the whole list
     * ({@link ListIndex#url(int)}, {@link ListIndex.Slice#firstUrl()}) only in {@link #end}. A check that
     * remembers something across slices keeps it per slice or per item (an array written only for the
     * slice's parts) or in a concurrent structure, and draws its conclusions in {@link #end}, which runs
     * once, after every slice, with their writes visible.
     */
    interface Check {

        /** Checks the parts of one slice. */
        void check(ListIndex.Slice slice);

        /** Reports what needs the whole list; called once, after every slice is checked. */
        default void end() {}
    }

    /** A check that does all its work at the end, for rules about the list as a whole or its few sections. */
    static Check atEnd(Runnable end) {
        return new Check() {
            @Override
            public void check(ListIndex.Slice slice) {}

            @Override
            public void end() {
                end.run();
            }
        };
    }
}
