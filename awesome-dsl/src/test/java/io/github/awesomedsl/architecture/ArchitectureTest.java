package io.github.awesomedsl.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The DSL's packages depend on each other in one direction only: dsl → model, validate → render, urls
 * below them all; a new cycle fails the build.
 */
@AnalyzeClasses(packages = "io.github.awesomedsl", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("io.github.awesomedsl.(*)..").should().beFreeOfCycles();
}
