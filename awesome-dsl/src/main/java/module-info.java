/**
 * awesome-dsl: curated awesome lists as typed Java. The API is what this module exports: the DSL and the
 * model a list is written in, the renderer, the validator with its rules (what a rule author needs),
 * canonical URLs and link years; {@code internal} stays inside. The annotation processor checks list
 * classes at compile time.
 */
module io.github.awesomedsl {
    requires java.compiler;
    requires jdk.compiler;

    exports io.github.awesomedsl.dsl;
    exports io.github.awesomedsl.model;
    exports io.github.awesomedsl.metadata;
    exports io.github.awesomedsl.render;
    exports io.github.awesomedsl.urls;
    exports io.github.awesomedsl.validate;
    exports io.github.awesomedsl.validate.rules;
    exports io.github.awesomedsl.processor;

    provides javax.annotation.processing.Processor with
            io.github.awesomedsl.processor.AwesomeListProcessor;
}
