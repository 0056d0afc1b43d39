package com.example;

import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
import static io.github.awesomedsl.dsl.AwesomeDsl.list;
import static io.github.awesomedsl.dsl.AwesomeDsl.section;

import io.github.awesomedsl.dsl.Awesome;
import io.github.awesomedsl.dsl.AwesomeListSource;
import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Badge;

@Awesome
public final class ToolsList implements AwesomeListSource {
  @Override
  public AwesomeList define() {
    return list("Awesome Tools")
        .badge(Badge.AWESOME)
        .description("Tools we like.")
        .section(section("Build")
            .entry(entry("Maven").url("https://maven.apache.org").description("Declarative builds."))
            .entry(entry("Gradle").url("https://gradle.org").description("Scripted builds.")))
        .build();
  }
}
