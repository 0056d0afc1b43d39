package com.example;

import static io.github.awesomedsl.dsl.AwesomeDsl.list;

import io.github.awesomedsl.dsl.AwesomeListSource;
import io.github.awesomedsl.model.AwesomeList;

public final class ThrowingList implements AwesomeListSource {
  @Override
  public AwesomeList define() {
    String feed = System.getProperty("no.such.feed");
    if (feed == null) {
      throw new IllegalStateException("the feed is not configured"); // boom
    }
    return list("Awesome Feeds").build();
  }
}
