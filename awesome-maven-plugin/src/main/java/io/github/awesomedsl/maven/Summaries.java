package io.github.awesomedsl.maven;

import io.github.awesomedsl.maven.load.LoadedList;
import io.github.awesomedsl.model.Section;
import io.github.awesomedsl.validate.ValidationReport;

/** The one summary line a goal logs at the end. */
final class Summaries {

    private Summaries() {}

    /**
     * {@code awesome: "Awesome X": 74 items, 2 tables in 9 sections; 0 errors, 3 warnings, 0 infos; 812 ms (javac 640 ms, define 35 ms)},
     * or {@code (project classes, define 35 ms)} when javac did not run.
     */
    static String of(LoadedList loaded, ValidationReport report, long startNanos) {
        int[] counts = new int[3];
        loaded.list().sections().forEach(s -> count(s, counts));
        long total = (System.nanoTime() - startNanos) / 1_000_000;
        return "awesome: \"" + loaded.list().title() + "\": " + counts[0] + " items, " + counts[1] + " tables in "
                + counts[2]
                + " sections; " + report.summary() + "; " + total + " ms ("
                + (loaded.compiledBy() == LoadedList.Classes.JAVAC
                        ? "javac " + loaded.compileMillis() + " ms"
                        : loaded.compiledBy() == LoadedList.Classes.INCREMENTAL
                                ? "javac " + loaded.compileMillis() + " ms on the edited sources"
                                : loaded.compiledBy().label())
                + ", define " + loaded.defineMillis() + " ms)";
    }

    private static void count(Section section, int[] counts) {
        counts[0] += section.allItems().size();
        counts[1] += section.tables().size();
        counts[2]++;
        section.subsections().forEach(s -> count(s, counts));
    }
}
