package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.model.Cell;
import io.github.awesomedsl.model.Table;
import io.github.awesomedsl.urls.CanonicalUrl;
import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Severity;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Within one table, no two rows name the same thing: the same first cell (case and spacing aside), or,
 * for rows without a name, the same cells.
 */
public final class DuplicateRowRule implements Rule {

    @Override
    public String id() {
        return "duplicate-row";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "No two rows of a table are the same in every cell (text and links).";
    }

    @Override
    public Check begin(ListIndex list, Findings findings) {
        return Rule.atEnd(() -> check(list, findings)); // rows are few, and compared within their table
    }

    /** A cell's text, lowercased and spaced, and the canonical form of each of its URLs. */
    private static String key(Cell cell) {
        StringBuilder key = new StringBuilder(DuplicateTitleRule.normalise(cell.plainText()));
        if (cell instanceof Cell.Links links) {
            links.links().forEach(l -> key.append('\u0000').append(CanonicalUrl.of(l.url())));
        } else if (cell instanceof Cell.Rich rich) {
            rich.text().urls().forEach(u -> key.append('\u0000').append(CanonicalUrl.of(u)));
        }
        return key.toString();
    }

    private static void check(ListIndex list, Findings findings) {
        Map<Table, Map<String, ListIndex.RowRef>> tables = new IdentityHashMap<>();
        for (ListIndex.RowRef ref : list.rows()) {
            // every cell: two rows of one date or one name with other links are two rows
            String key = ref.row().cells().stream()
                    .map(DuplicateRowRule::key)
                    .toList()
                    .toString();
            ListIndex.RowRef earlier =
                    tables.computeIfAbsent(ref.table(), t -> new HashMap<>()).putIfAbsent(key, ref);
            if (earlier != null) {
                findings.report(
                        ref.element(),
                        "row " + ref.number() + " repeats row " + earlier.number() + " (\""
                                + ref.row().title().strip() + "\", "
                                + earlier.element().location() + "); merge the two rows");
            }
        }
    }
}
