package io.github.awesomedsl.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class (and its nested classes) as part of the DSL machinery, so that
 * {@link SourceLocations#capture()} skips its frames and records the caller's line instead.
 * Internal: not part of the public API.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DslFrame {}
