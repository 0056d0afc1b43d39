package io.github.awesomedsl.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** The children of an item's builder: checked when given, built with the parent, errors naming the route. */
final class Children {

    private Children() {}

    static void add(List<Item.Builder> into, Item.Builder[] items, Supplier<String> what) {
        for (Item.Builder item : items) {
            into.add(Objects.requireNonNull(item, () -> what.get() + ": child item must not be null"));
        }
    }

    /** The children built; {@code route} names the parent in an error, and is made only for one. */
    static List<Item> build(List<Item.Builder> builders, Supplier<String> route) {
        if (builders.isEmpty()) {
            return List.of();
        }
        List<Item> built = new ArrayList<>(builders.size());
        try {
            for (Item.Builder builder : builders) {
                built.add(builder.build());
            }
        } catch (ModelException e) {
            throw e.within(route.get());
        }
        return built;
    }
}
