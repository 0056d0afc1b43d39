package io.github.awesomedsl.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that declares an awesome list (it implements {@link AwesomeListSource}).
 *
 * <p>Tools use the mark to find list classes and to check their DSL calls at compile time. (It is not
 * named {@code @AwesomeList}, as the design first had it, because the model type returned by {@link
 * AwesomeListSource#define()} already has that name, and a list class uses both.)
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Awesome {}
