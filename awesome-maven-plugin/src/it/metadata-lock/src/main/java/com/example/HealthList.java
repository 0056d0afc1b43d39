package com.example;

import static io.github.awesomedsl.dsl.AwesomeDsl.*;

import io.github.awesomedsl.dsl.AwesomeListSource;
import io.github.awesomedsl.model.AwesomeList;

public final class HealthList implements AwesomeListSource {
  @Override
  public AwesomeList define() {
    return list("Awesome Health")
        .description("Tools whose repositories the metadata lock knows.")
        .section(section("Tools")
            .entry(entry("Rocket").url("https://github.com/acme/rocket").description("Flies."))
            .entry(entry("Attic").url("https://example.org/attic").description("Old things.") // archived
                .code("https://github.com/acme/attic"))
            .entry(entry("Mover").url("https://github.com/old-owner/mover").description("Moved.")) // moved
            .entry(entry("Ghost").url("https://github.com/acme/ghost").description("Gone.")))
        .build();
  }
}
