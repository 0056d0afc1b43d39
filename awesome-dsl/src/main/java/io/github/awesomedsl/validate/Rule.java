package io.github.awesomedsl.validate;

/**
 * One check of a list. Implementations are small final classes named as a demand, with a stable
 * kebab-case {@link #id()}, a default severity, and messages that say how to fix what they find.
 *
 * <p>A rule does not walk the list itself: it {@linkplain #begin begins} a {@link Check}, whose callbacks
 * the validator calls with the list's parts (sections, items, tables, rows, URLs, texts) and then once at
 * the {@linkplain Check#end() end}. How the validator walks the list (in slices that stay in the
 * processor's cache, on several threads for a large list) is its own affair: a check is written as if
 * it were called in one thread, part after part.
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
     * Starts checking {@code list}; findings go to {@code findings}. The index's parts are handed to the
     * check's callbacks; its whole-list views ({@link ListIndex#items()}, {@link ListIndex#url(int)}, …) are
     * complete in {@link Check#end()}.
     */
    Check begin(ListIndex list, Findings findings);

    /**
     * One rule's check of one list: override the callbacks for the parts the rule reads.
     *
     * <p>Each kind of part comes in document order, numbered from 0 where a number is given, and the
     * callbacks of one check never run at the same time: a check keeps what it remembers in plain fields
     * and collections. The validator calls only the callbacks a check overrides, so a rule that reads
     * items costs nothing per URL. {@link #end()} comes once, after every part.
     */
    interface Check {

        /** A section of the list, subsections after their parent. */
        default void section(ListIndex.SectionRef section) {}

        /** An entry, link item or text item. */
        default void item(ListIndex.ItemRef item) {}

        /** A table, before its rows. */
        default void table(ListIndex.TableRef table) {}

        /** A table row. */
        default void row(ListIndex.RowRef row) {}

        /**
         * A URL the list links (entries' links, link items, cells, links and images in text, the homepage),
         * {@code number} being its place among them ({@link ListIndex#url(int)} in {@link #end()}).
         */
        default void url(int number, String url, ListIndex.Element element) {}

        /**
         * A text field: {@code field} says what it is ({@code title}, {@code description}, {@code cell}, …),
         * for messages. Text fields come in document order within each kind of part.
         */
        default void text(String text, String field, ListIndex.Element element) {}

        /** Reports what needs the whole list; called once, after every part. */
        default void end() {}
    }

    /** A check that does all its work at the end, for rules about the list as a whole or its few sections. */
    static Check atEnd(Runnable end) {
        return new Check() {
            @Override
            public void end() {
                end.run();
            }
        };
    }
}
