package io.github.awesomedsl.maven.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.awesomedsl.dsl.AwesomeListSource;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The plugin uses only what awesome-dsl's module-info exports: a plugin class that reaches into another
 * package of the DSL (its internals) fails this test.
 */
class PluginArchitectureTest {

    @Test
    void thePluginUsesOnlyTheDslsExportedPackages() throws Exception {
        Path dsl = Path.of(AwesomeListSource.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        ModuleDescriptor module;
        JavaClasses dslClasses;
        if (Files.isDirectory(dsl)) {
            try (InputStream in = Files.newInputStream(dsl.resolve("module-info.class"))) {
                module = ModuleDescriptor.read(in);
            }
            dslClasses = new ClassFileImporter().importPath(dsl);
        } else {
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(dsl.toFile());
                    InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
                module = ModuleDescriptor.read(in);
                dslClasses = new ClassFileImporter().importJar(jar);
            }
        }
        Set<String> exported =
                module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        Set<String> all = new TreeSet<>();
        for (JavaClass type : dslClasses) {
            if (!type.getPackageName().isEmpty()) {
                all.add(type.getPackageName());
            }
        }
        Set<String> hidden = new TreeSet<>(all);
        hidden.removeAll(exported);
        assertThat(hidden).as("awesome-dsl keeps its internals to itself").contains("io.github.awesomedsl.internal");

        JavaClasses plugin = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.awesomedsl.maven");
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(hidden.toArray(String[]::new))
                .check(plugin);
    }
}
