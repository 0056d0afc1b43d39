package com.example;

public final class PlainList {
  public Object define() {
    return null;
  }
}
