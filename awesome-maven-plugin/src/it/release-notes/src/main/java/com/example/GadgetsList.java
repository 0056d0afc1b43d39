package com.example;

import static io.github.awesomedsl.dsl.AwesomeDsl.*;

import io.github.awesomedsl.dsl.AwesomeListSource;
import io.github.awesomedsl.model.AwesomeList;

/** Version 2: Sprocket added, Gizmo removed, Widget moved from Tools to Classics. */
public final class GadgetsList implements AwesomeListSource {
  @Override
  public AwesomeList define() {
    return list("Awesome Gadgets")
        .section(section("Tools")
            .entry(entry("Gadget").url("https://gadget.example.com").description("Does gadgets."))
            .entry(entry("Sprocket").url("https://sprocket.example.com").description("Turns things.")))
        .section(section("Classics")
            .entry(entry("Widget").url("https://widget.example.com/").description("Does widgets, still.")))
        .build();
  }
}
