package io.github.awesomedsl.maven.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaNamesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "MedCPT: A method for zero-shot biomedical information retrieval | MEDCPT",
    "Pmc-llama: Towards building open-source language models | PMC_LLAMA",
    "10x Genomics | N10X_GENOMICS",
    "Ünïcödé Àccents | UNICODE_ACCENTS",
    "Chatcad+ | CHATCAD",
    "中文 | 中文",
    "!!! | ENTRY",
  })
  void constantsAreUpperSnakeCaseOfTheShortName(String title, String constant) {
    assertThat(JavaNames.constantBase(title)).isEqualTo(constant);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "LFM methods in healthcare | LfmMethodsInHealthcare",
    "Lectures and Tutorials | LecturesAndTutorials",
    "3D data | N3dData",
    "class | Class",
  })
  void classesAreUpperCamelCase(String title, String type) {
    assertThat(JavaNames.typeBase(title)).isEqualTo(type);
  }

  @Test
  void collisionsGetAContentSuffixThatDoesNotDependOnOrder() {
    JavaNames first = new JavaNames();
    assertThat(first.constant("Maven", "Maven https://maven.apache.org")).isEqualTo("MAVEN");
    String second = first.constant("Maven", "Maven https://maven.org");
    assertThat(second).matches("MAVEN_[0-9A-F]{4}");

    JavaNames withAnotherBefore = new JavaNames();
    withAnotherBefore.constant("Maven", "Maven https://maven.apache.org");
    withAnotherBefore.constant("Gradle", "Gradle https://gradle.org");
    assertThat(withAnotherBefore.constant("Maven", "Maven https://maven.org")).isEqualTo(second);
  }

  @Test
  void reservedNamesAreAvoided() {
    JavaNames names = new JavaNames();
    names.reserve("Tools");
    assertThat(names.type("Tools", "x")).startsWith("Tools_");
  }
}
