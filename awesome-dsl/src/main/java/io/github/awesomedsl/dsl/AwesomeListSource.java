package io.github.awesomedsl.dsl;

import io.github.awesomedsl.model.AwesomeList;

/**
 * Implemented by a list class: the Maven plugin compiles the class, instantiates it with its public
 * no-argument constructor and calls {@link #define()}.
 *
 * <pre>{@code
 * @Awesome
 * public final class JavaToolsList implements AwesomeListSource {
 *   @Override
 *   public AwesomeList define() {
 *     return list("Awesome Java Tools").badge(Badge.AWESOME)
 *         .section(section("Build").entry(entry("Maven").url("https://maven.apache.org")))
 *         .build();
 *   }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface AwesomeListSource {

    /** Declares the list. Called once per build; must not depend on the list's generated catalog. */
    AwesomeList define();
}
