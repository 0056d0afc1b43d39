package io.github.awesomedsl.model;

import java.time.Year;

/**
 * The range of years an entry may carry: 1900 to next year (a preprint may be dated ahead). The one
 * source of that range: the builder, the validator and the annotation processor all ask here.
 */
public final class Years {

    public static final int FIRST = 1900;

    /**
     * Next year as of when this class was loaded: years up to it stay valid, since the last year only grows.
     * {@link #isValid} asks the clock only beyond it: {@code Year.now()} (the default time zone, a clock, a
     * date) once per entry was a tenth of a 10,000-entry list's {@code define()} in a fresh JVM.
     */
    private static final int LAST_WHEN_LOADED = last();

    private Years() {}

    public static int last() {
        return Year.now().getValue() + 1;
    }

    public static boolean isValid(int year) {
        return year >= FIRST && (year <= LAST_WHEN_LOADED || year <= last());
    }

    public static String problem(int year) {
        return "year " + year + " is outside " + FIRST + ".." + last()
                + "; use the year of publication (or leave the year out)";
    }
}
