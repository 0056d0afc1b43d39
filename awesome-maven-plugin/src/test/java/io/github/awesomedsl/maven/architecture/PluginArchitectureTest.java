package io.github.awesomedsl.maven.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The plugin uses the DSL's API, never its internals. */
@AnalyzeClasses(packages = "io.github.awesomedsl.maven", importOptions = ImportOption.DoNotIncludeTests.class)
class PluginArchitectureTest {

  @ArchTest
  static final ArchRule theDslsInternalsStayInside = noClasses().that().resideInAPackage("io.github.awesomedsl.maven..")
      .should().dependOnClassesThat().resideInAPackage("io.github.awesomedsl.internal..");
}
