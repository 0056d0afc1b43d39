package io.github.awesomedsl.example;

import static io.github.awesomedsl.dsl.AwesomeDsl.*;

import io.github.awesomedsl.dsl.Awesome;
import io.github.awesomedsl.dsl.AwesomeListSource;
import io.github.awesomedsl.model.*;

@Awesome
public final class JavaToolsList implements AwesomeListSource {
  static final Tag BUILD = Tag.of("build");

  @Override
  public AwesomeList define() {
    return list("Awesome Java Tools")
        .badge(Badge.AWESOME)
        .description("Tools that make Java development pleasant.")
        .section(section("Build")
            .entry(entry("Maven").url("https://maven.apache.org").description("Declarative builds.").tags(BUILD))
            .entry(entry("Gradle").url("https://gradle.org").description("Scripted builds.").tags(BUILD)))
        .section(section("Papers").groupByYear()
            .entry(entry("Java generics are Turing complete").venue(Venue.ARXIV).year(2016)
                .paper("https://arxiv.org/abs/1605.05274")))
        .section(section("Libraries")
            .table(table(column("Name"), column("Use").center())
                .row(cell("JavaPoet", "https://github.com/palantir/javapoet"), cell("Generate | write .java files"))))
        .build();
  }
}
