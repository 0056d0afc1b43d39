package io.github.awesomedsl.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Something listed in a section as a list item: an {@link Entry}, a {@link LinkItem}, or a
 * {@link TextItem} (a group heading such as {@code - Web frameworks}, or an item in a form no other kind
 * holds). Any item may hold child items, shown as a list nested under it.
 */
public sealed interface Item extends Block permits Entry, LinkItem, TextItem {

    /** The explicit name of its catalog constant, when the one derived from the title will not do. */
    Optional<String> id();

    String title();

    /** One sentence about it, if it has one. */
    Optional<RichText> description();

    /** The items nested under it, in order. */
    List<Item> children();

    @Override
    SourceLocation location();

    /** The findings accepted on it, each with its reason. */
    List<Suppression> suppressions();

    /** {@code items} and all their descendants, each parent before its children (document order). */
    static List<Item> flatten(List<Item> items) {
        boolean nested = false;
        for (Item item : items) {
            nested |= !item.children().isEmpty();
        }
        if (!nested) {
            return items;
        }
        List<Item> all = new ArrayList<>(items.size() * 2);
        for (Item item : items) {
            all.add(item);
            all.addAll(flatten(item.children()));
        }
        return all;
    }

    /**
     * A builder of any kind of item, so that a section, a group or an entry takes entries, link items
     * and text items side by side as children.
     */
    interface Builder {
        Item build();
    }
}
