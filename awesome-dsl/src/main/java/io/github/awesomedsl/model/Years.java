package io.github.awesomedsl.model;

import java.time.Year;

/**
 * The range of years an entry may carry: 1900 to next year (a preprint may be dated ahead). The one
 * source of that range: the builder, the validator and the annotation processor all ask here.
 */
public final class Years {

    public static final int FIRST = 1900;

    private Years() {}

    public static int last() {
        return Year.now().getValue() + 1;
    }

    public static boolean isValid(int year) {
        return year >= FIRST && year <= last();
    }

    public static String problem(int year) {
        return "year " + year + " is outside " + FIRST + ".." + last()
                + "; use the year of publication (or leave the year out)";
    }
}
