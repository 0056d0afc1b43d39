package com.example.app;

import com.example.tools.ToolsListCatalog;
import io.github.awesomedsl.model.Entry;

public final class App {
  /** A URL constant is a compile-time constant: it can go in an annotation. */
  @SuppressWarnings(ToolsListCatalog.Build.MAVEN_PROJECT_URL)
  public static void main(String[] args) {
    Entry maven = ToolsListCatalog.Build.MAVEN;
    System.out.println(maven.title() + " " + ToolsListCatalog.ALL.size());
  }
}
