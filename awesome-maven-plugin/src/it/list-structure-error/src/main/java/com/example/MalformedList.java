package com.example;

import static io.github.awesomedsl.dsl.AwesomeDsl.list;

import io.github.awesomedsl.dsl.AwesomeListSource;
import io.github.awesomedsl.model.AwesomeList;

public final class MalformedList implements AwesomeListSource {
  @Override
  public AwesomeList define() {
    return list("Awesome Years")
        .section(io.github.awesomedsl.dsl.AwesomeDsl.section("Old")
            .entry(io.github.awesomedsl.dsl.AwesomeDsl.entry("Ancient").year(1492))) // too old
        .build();
  }
}
