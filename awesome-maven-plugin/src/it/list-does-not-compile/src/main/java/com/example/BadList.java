package com.example;

import io.github.awesomedsl.dsl.AwesomeListSource;
import io.github.awesomedsl.model.AwesomeList;

public final class BadList implements AwesomeListSource {
  @Override
  public AwesomeList define() {
    return list("Awesome Typos").bulid(); // typo
  }
}
