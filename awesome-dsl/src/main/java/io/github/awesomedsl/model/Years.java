package io.github.awesomedsl.model;

import java.time.Year;

/** The range of years an entry may carry: 1900 to next year (a preprint may be dated ahead). */
final class Years {

  static final int FIRST = 1900;

  private Years() {}

  static int last() {
    return Year.now().getValue() + 1;
  }

  static boolean isValid(int year) {
    return year >= FIRST && year <= last();
  }

  static String problem(int year) {
    return "year " + year + " is outside " + FIRST + ".." + last()
        + "; use the year of publication (or leave the year out)";
  }
}
