package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Severity;
import java.util.Set;

/** Titles, descriptions, labels, column names and placeholders say something: none is blank. */
public final class BlankTextRule implements Rule {

    /** Fields that must not be blank (cells and paragraph spans may be). */
    private static final Set<String> FIELDS = Set.of(
            "list title",
            "section title",
            "title",
            "description",
            "venue",
            "link label",
            "column name",
            "placeholder",
            "badge text");

    @Override
    public String id() {
        return "blank-text";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "Titles, descriptions, labels, column names and placeholders are not blank.";
    }

    @Override
    public Check begin(ListIndex list, Findings findings) {
        return new Check() {
            @Override
            public void text(String text, String field, ListIndex.Element element) {
                if (isBlank(text) && FIELDS.contains(field)) {
                    findings.report(element, "the " + field + " is blank; write it, or leave the optional value out");
                }
            }
        };
    }

    /** Blank also when it holds only invisible characters (zero-width spaces, joiners). */
    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!(Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT
                    || Character.isISOControl(c))) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
