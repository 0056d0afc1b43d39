package com.example;

import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
import static io.github.awesomedsl.dsl.AwesomeDsl.list;
import static io.github.awesomedsl.dsl.AwesomeDsl.section;

import io.github.awesomedsl.dsl.AwesomeListSource;
import io.github.awesomedsl.model.AwesomeList;

public final class BrokenList implements AwesomeListSource {
  @Override
  public AwesomeList define() {
    return list("Awesome Data").badge(io.github.awesomedsl.model.Badge.AWESOME)
        .section(section("Datasets")
            .entry(entry("DeepLesion").url("nihcc.app.box.com")) // no scheme
            .entry(entry("SUN").url("https://sundatabase.org")))
        .section(section("MFM data")) // forgotten
        .build();
  }
}
